// Mensajes en español. TypeScript exige exactamente las mismas claves que en.ts.
import type { MessageKey } from './en';

export const es: Record<MessageKey, string> = {
  'app.name': 'Cruce',
  'app.tagline': 'Una sola declaración para ambos lados de la frontera',
  'lang.label': 'Idioma',
  'lang.en': 'English',
  'lang.es': 'Español',

  'common.loading': 'Cargando…',
  'common.dismiss': 'Cerrar',
  'common.cancel': 'Cancelar',
  'common.details': 'Detalles técnicos',
  'common.notSet': '—',

  'list.title': 'Declaraciones',
  'list.new': 'Nueva declaración',
  'list.empty': 'Aún no hay declaraciones. Cree una con «Nueva declaración».',
  'list.count.one': '1 declaración',
  'list.count.other': '{count} declaraciones',
  'list.col.reference': 'Referencia',
  'list.col.direction': 'Sentido',
  'list.col.port': 'Puerto de entrada (EE. UU.)',
  'list.col.crossing': 'Cruce previsto',
  'list.col.updated': 'Última modificación',
  'list.demo': 'Demostración',
  'list.open': 'Abrir {reference}',

  'direction.northbound': 'Rumbo norte',
  'direction.southbound': 'Rumbo sur',
  'direction.northbound.detail': 'México → EE. UU. · exportación mexicana, importación a EE. UU.',
  'direction.southbound.detail': 'EE. UU. → México · exportación de EE. UU., importación a México',

  'editor.back': '← Todas las declaraciones',
  'editor.titleNew': 'Nueva declaración',
  'editor.title': 'Declaración {reference}',
  'editor.section.shipment': 'Embarque',
  'editor.section.crossing': 'Cruce',
  'editor.create': 'Crear declaración',
  'editor.save': 'Guardar cambios',
  'editor.delete': 'Eliminar…',
  'editor.deleteConfirm': '¿Eliminar esta declaración? No se puede deshacer.',
  'editor.deleteYes': 'Sí, eliminarla',
  'editor.state.saved': 'Todos los cambios guardados',
  'editor.state.unsaved': 'Cambios sin guardar',
  'editor.state.saving': 'Guardando…',
  'editor.state.new': 'Aún no creada',
  'editor.demoNotice':
    'Esta es una declaración de demostración que muestra cómo funciona Cruce. Modifíquela o elimínela con libertad; no volverá a aparecer.',
  'editor.created': 'Creada {time}',
  'editor.updated': 'Última modificación {time}',

  'field.reference': 'Referencia del agente',
  'field.reference.hint': 'Su número de expediente para este embarque (hasta 60 caracteres)',
  'field.direction': 'Sentido del cruce',
  'field.port': 'Puerto de entrada de EE. UU.',
  'field.port.none': 'Sin elegir',
  'field.crossingDate': 'Fecha prevista de cruce',
  'field.crossingTime': 'Hora en el puerto',
  'field.zone': 'Zona horaria',
  'field.date.placeholder': 'AAAA-MM-DD',
  'field.time.placeholder': 'HH:MM',
  'field.crossing.hint': 'Hora local del puerto. Deje ambos vacíos si aún no se conoce.',

  'crossing.incomplete': 'Indique la fecha y la hora, o deje ambas vacías.',
  'crossing.badDate': 'Escriba la fecha como AAAA-MM-DD, por ejemplo 2026-12-01.',
  'crossing.badTime': 'Escriba la hora como HH:MM en formato de 24 horas, por ejemplo 14:30.',

  'zone.America/Chicago': 'Centro de EE. UU. — Texas',
  'zone.America/Denver': 'Montaña de EE. UU. — El Paso, Nuevo México',
  'zone.America/Phoenix': 'Arizona (sin horario de verano)',
  'zone.America/Los_Angeles': 'Pacífico de EE. UU. — California',
  'zone.America/Matamoros': 'México — frontera de Tamaulipas',
  'zone.America/Monterrey': 'México — Nuevo León, Coahuila',
  'zone.America/Ciudad_Juarez': 'México — Ciudad Juárez',
  'zone.America/Hermosillo': 'México — Sonora',
  'zone.America/Tijuana': 'México — Baja California',

  'dbError.title': 'Cruce no puede abrir su base de datos',
  'dbError.path': 'Archivo de la base de datos',
  'dbError.logs': 'Carpeta de registros',
  'dbError.untouched': 'Cruce no ha modificado este archivo.',

  'error.database_unreadable':
    'El archivo no es una base de datos de Cruce, está dañado o no se puede leer.',
  'error.database_too_new':
    'Esta base de datos fue escrita por una versión más reciente de Cruce. Instale esa versión para abrirla; esta no la modificará.',
  'error.database_error': 'La base de datos no pudo completar la operación. El cambio no se guardó.',
  'error.stored_data_invalid':
    'Esta declaración se modificó fuera de Cruce y no cumple sus reglas, por lo que no se puede mostrar.',
  'error.draft_not_found': 'Esta declaración ya no existe. Es posible que se haya eliminado en otra ventana.',
  'error.reference_required': 'Escriba una referencia.',
  'error.reference_too_long': 'La referencia puede tener como máximo 60 caracteres.',
  'error.reference_control_characters':
    'La referencia contiene caracteres de control invisibles, como saltos de línea. Elimínelos.',
  'error.unknown_port': 'Elija un puerto de entrada de EE. UU. de la lista.',
  'error.unknown_time_zone': 'Elija una zona horaria de la lista.',
  'error.crossing_time_skipped':
    'Esa hora no existe: los relojes la saltan al comenzar el horario de verano. Elija otra hora.',
  'error.invalid_document': 'La declaración no tiene el formato que lee esta versión de Cruce.',
  'error.unknown_identifier_kind': 'Cruce no conoce ese tipo de identificador.',
  'error.internal': 'Ocurrió un error inesperado. Los detalles están en el registro.',
};

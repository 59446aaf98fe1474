// What each error code from the backend means, for the person who hit it.
// Every key exists in both languages: `catalog` makes TypeScript check it, i18n.test.ts too.
import { catalog } from '../i18n/catalog';

export const errorMessages = catalog({
  en: {
    'error.author_name_invalid': 'The name can have at most 80 characters and no line breaks or other control characters.',
    'error.database_unreadable':
      'The database file is not a Cruce database, is damaged, or cannot be read.',
    'error.database_too_new':
      'This database was written by a newer version of Cruce. Install that version to open it; this one will not change it.',
    'error.database_error': 'The database could not complete the operation. The change was not saved.',
    'error.stored_data_invalid':
      'This declaration was changed outside Cruce and breaks its rules, so it cannot be shown.',
    'error.draft_not_found': 'This declaration no longer exists. It may have been deleted in another window.',
    'error.revision_not_found': 'That revision of the declaration does not exist.',
    'error.conflict': 'Someone else saved this declaration after you opened it. Your changes were not saved; reload to see theirs.',
    'error.backup_target_exists': 'A file with that name already exists. Choose a new name for the backup.',
    'error.backup_invalid': 'That file is not a usable Cruce backup: it is damaged or from another program.',
    'error.reference_required': 'Enter a reference.',
    'error.reference_too_long': 'The reference can have at most 60 characters.',
    'error.reference_control_characters':
      'The reference contains invisible control characters, such as line breaks. Remove them.',
    'error.unknown_port': 'Choose a U.S. port of entry from the list.',
    'error.unknown_time_zone': 'Choose a time zone from the list.',
    'error.crossing_time_skipped':
      'That time does not exist: clocks skip it when daylight saving time starts. Choose another time.',
    'error.invalid_document': 'The declaration is not in the format this version of Cruce reads.',
    'error.file_unreadable': 'That file cannot be read: it was moved, or Cruce may not open it.',
    'error.schedule_invalid':
      'That file is not the schedule chosen, or one of its rows breaks the publisher’s format. Nothing was imported; the details name the row.',
    'error.schedule_already_imported': 'That file was imported before. Nothing was added.',
    'error.download_failed': 'The publisher’s site could not be reached or answered with an error. Nothing was imported; try again later, or import the file by hand.',
    'error.trader_not_found': 'That registry record is not in this database.',
    'error.trader_conflict': 'Someone saved this record since you opened it. Nothing was written; open it again to see their changes.',
    'error.trader_invalid': 'Choose a carrier of the registry first.',
    'error.file_too_large': 'That file is larger than Cruce accepts for this. Nothing was read.',
    'error.import_file_changed': 'The file changed since its preview. Nothing was imported; preview it again.',
    'error.import_has_problems': 'Some rows have problems. Nothing was imported; fix them or import only the rows without problems.',
    'error.crossing_not_found': 'This crossing is not in the database.',
    'error.crossing_conflict': 'Someone saved this crossing since you opened it. Nothing was written; open it again.',
    'error.crossing_invalid': 'The crossing or the event has problems. Nothing was written.',
    'error.declaration_in_crossing': 'A declaration travels in one crossing at a time, and one of these is already in another crossing. Take it off that crossing first.',
    'error.trip_number_taken': 'Another crossing has this trip number. Nothing was written.',
    'error.event_not_found': 'The event to correct is not in this crossing. Nothing was written.',
    'error.event_already_corrected': 'This event was corrected already. Correct the correction instead. Nothing was written.',
    'error.wait_times_unreadable': 'CBP’s wait-times answer could not be read. The last readings stay on screen.',
    'error.wait_times_url_invalid': 'The wait-times address must start with http:// or https://.',
    'error.internal': 'Something unexpected went wrong. The details are in the log.',
  },
  es: {
    'error.author_name_invalid': 'El nombre puede tener hasta 80 caracteres, sin saltos de línea ni otros caracteres de control.',
    'error.database_unreadable':
      'El archivo no es una base de datos de Cruce, está dañado o no se puede leer.',
    'error.database_too_new':
      'Esta base de datos fue escrita por una versión más reciente de Cruce. Instale esa versión para abrirla; esta no la modificará.',
    'error.database_error': 'La base de datos no pudo completar la operación. El cambio no se guardó.',
    'error.stored_data_invalid':
      'Esta declaración se modificó fuera de Cruce y no cumple sus reglas, por lo que no se puede mostrar.',
    'error.draft_not_found': 'Esta declaración ya no existe. Es posible que se haya eliminado en otra ventana.',
    'error.revision_not_found': 'Esa revisión de la declaración no existe.',
    'error.conflict': 'Otra persona guardó esta declaración después de que usted la abrió. Sus cambios no se guardaron; vuelva a cargarla para ver los de ella.',
    'error.backup_target_exists': 'Ya existe un archivo con ese nombre. Elija un nombre nuevo para el respaldo.',
    'error.backup_invalid': 'Ese archivo no es un respaldo de Cruce utilizable: está dañado o es de otro programa.',
    'error.reference_required': 'Escriba una referencia.',
    'error.reference_too_long': 'La referencia puede tener como máximo 60 caracteres.',
    'error.reference_control_characters':
      'La referencia contiene caracteres de control invisibles, como saltos de línea. Elimínelos.',
    'error.unknown_port': 'Elija un puerto de entrada de EE. UU. de la lista.',
    'error.unknown_time_zone': 'Elija una zona horaria de la lista.',
    'error.crossing_time_skipped':
      'Esa hora no existe: los relojes la saltan al comenzar el horario de verano. Elija otra hora.',
    'error.invalid_document': 'La declaración no tiene el formato que lee esta versión de Cruce.',
    'error.file_unreadable': 'Ese archivo no se puede leer: se movió, o Cruce no tiene permiso para abrirlo.',
    'error.schedule_invalid':
      'Ese archivo no es la tarifa elegida, o una de sus filas no cumple el formato de quien la publica. No se importó nada; los detalles indican la fila.',
    'error.schedule_already_imported': 'Ese archivo ya se había importado. No se agregó nada.',
    'error.download_failed': 'No se pudo conectar con el sitio de quien publica la tarifa, o respondió con un error. No se importó nada; intente más tarde, o importe el archivo a mano.',
    'error.trader_not_found': 'Ese registro no está en esta base de datos.',
    'error.trader_conflict': 'Alguien guardó este registro después de que usted lo abrió. No se escribió nada; ábralo de nuevo para ver sus cambios.',
    'error.trader_invalid': 'Primero elija un transportista del registro.',
    'error.file_too_large': 'Ese archivo es más grande de lo que Cruce acepta para esto. No se leyó nada.',
    'error.import_file_changed': 'El archivo cambió después de la vista previa. No se importó nada; vuelva a generar la vista previa.',
    'error.import_has_problems': 'Algunas filas tienen problemas. No se importó nada; corríjalas o importe solo las filas sin problemas.',
    'error.crossing_not_found': 'Este cruce no está en la base de datos.',
    'error.crossing_conflict': 'Alguien guardó este cruce después de que usted lo abrió. No se escribió nada; ábralo de nuevo.',
    'error.crossing_invalid': 'El cruce o el evento tienen problemas. No se escribió nada.',
    'error.declaration_in_crossing': 'Una declaración viaja en un solo cruce a la vez, y una de estas ya está en otro cruce. Quítela primero de ese cruce.',
    'error.trip_number_taken': 'Otro cruce tiene este número de viaje. No se escribió nada.',
    'error.event_not_found': 'El evento a corregir no está en este cruce. No se escribió nada.',
    'error.event_already_corrected': 'Este evento ya fue corregido. Corrija la corrección. No se escribió nada.',
    'error.wait_times_unreadable': 'No se pudo leer la respuesta de tiempos de espera de CBP. Las últimas lecturas siguen en pantalla.',
    'error.wait_times_url_invalid': 'La dirección de tiempos de espera debe empezar con http:// o https://.',
    'error.internal': 'Ocurrió un error inesperado. Los detalles están en el registro.',
  },
});

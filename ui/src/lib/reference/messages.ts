// The Reference data area: tariff schedules and SAT catalogs, imported and listed.
// Every key exists in both languages: `catalog` makes TypeScript check it, i18n.test.ts too.
import { catalog } from '../i18n/catalog';

export const referenceMessages = catalog({
  en: {
    'nav.reference': 'Reference data',
    'reference.title': 'Tariff schedules and catalogs',
    'reference.intro':
      'The lines of a declaration are checked against the schedules in force on the crossing date: the HTS number and its units, the fracción and NICO, the patente. Import each from the file its publisher releases; each import is kept as a version.',
    'reference.kind.hts-usitc': 'U.S. Harmonized Tariff Schedule (USITC)',
    'reference.kind.sat-fracciones': 'Fracciones arancelarias and NICO (SAT)',
    'reference.kind.sat-patentes': 'Customs brokers’ patentes (SAT)',
    'reference.hint.hts-usitc': 'The CSV export of hts.usitc.gov (Export → CSV, whole schedule).',
    'reference.hint.sat-fracciones': 'c_FraccionArancelaria of Comercio Exterior, in CSV (fraccion, texto, vigencia_desde, vigencia_hasta, unidad).',
    'reference.hint.sat-patentes': 'c_PatenteAduanal in CSV (id, vigencia_desde, vigencia_hasta).',
    'reference.none': 'Not imported yet.',
    'reference.version': '{edition} — in force from {from} — {lines} lines — imported {at} by {by}',
    'reference.import': 'Import from a file…',
    'reference.download': 'Download from the USITC',
    'reference.downloading': 'Downloading the HTS from hts.usitc.gov…',
    'reference.importing': 'Reading and storing {file}…',
    'reference.imported': '{edition} imported: {lines} lines.',
    'reference.choose': 'Choose the {kind} file',
    'reference.missing':
      'No tariff schedules are loaded: HTS numbers, fracciones and NICOs are checked for their format only, not against the schedules.',
    'reference.missingAction': 'Import the schedules…',
  },
  es: {
    'nav.reference': 'Datos de referencia',
    'reference.title': 'Tarifas y catálogos',
    'reference.intro':
      'Las partidas de una declaración se verifican contra las tarifas vigentes en la fecha del cruce: la fracción HTS y sus unidades, la fracción y el NICO, la patente. Importe cada una del archivo que publica su autoridad; cada importación se guarda como una versión.',
    'reference.kind.hts-usitc': 'Tarifa Armonizada de EE.\u00a0UU. (USITC)',
    'reference.kind.sat-fracciones': 'Fracciones arancelarias y NICO (SAT)',
    'reference.kind.sat-patentes': 'Patentes de agentes aduanales (SAT)',
    'reference.hint.hts-usitc': 'La exportación CSV de hts.usitc.gov (Export → CSV, tarifa completa).',
    'reference.hint.sat-fracciones': 'c_FraccionArancelaria de Comercio Exterior, en CSV (fraccion, texto, vigencia_desde, vigencia_hasta, unidad).',
    'reference.hint.sat-patentes': 'c_PatenteAduanal en CSV (id, vigencia_desde, vigencia_hasta).',
    'reference.none': 'Aún no se importa.',
    'reference.version': '{edition} — vigente desde {from} — {lines} líneas — importada el {at} por {by}',
    'reference.import': 'Importar de un archivo…',
    'reference.download': 'Descargar de la USITC',
    'reference.downloading': 'Descargando la HTS de hts.usitc.gov…',
    'reference.importing': 'Leyendo y guardando {file}…',
    'reference.imported': '{edition} importada: {lines} líneas.',
    'reference.choose': 'Elija el archivo de {kind}',
    'reference.missing':
      'No hay tarifas cargadas: las fracciones HTS, las fracciones arancelarias y los NICO solo se verifican en su formato, no contra las tarifas.',
    'reference.missingAction': 'Importar las tarifas…',
  },
});

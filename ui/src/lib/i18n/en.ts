// English messages. Every key must exist in es.ts too (TypeScript and i18n.test.ts both check).
export const en = {
  'app.name': 'Cruce',
  'app.tagline': 'One declaration for both sides of the border',
  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.es': 'Español',

  'common.loading': 'Loading…',
  'common.dismiss': 'Dismiss',
  'common.cancel': 'Cancel',
  'common.details': 'Technical details',
  'common.notSet': '—',

  'list.title': 'Declarations',
  'list.new': 'New declaration',
  'list.empty': 'No declarations yet. Start one with “New declaration”.',
  'list.count.one': '1 declaration',
  'list.count.other': '{count} declarations',
  'list.col.reference': 'Reference',
  'list.col.direction': 'Direction',
  'list.col.port': 'U.S. port of entry',
  'list.col.crossing': 'Planned crossing',
  'list.col.updated': 'Last changed',
  'list.demo': 'Demo',
  'list.open': 'Open {reference}',

  'direction.northbound': 'Northbound',
  'direction.southbound': 'Southbound',
  'direction.northbound.detail': 'Mexico → U.S. · Mexican export, U.S. import',
  'direction.southbound.detail': 'U.S. → Mexico · U.S. export, Mexican import',

  'editor.back': '← All declarations',
  'editor.titleNew': 'New declaration',
  'editor.title': 'Declaration {reference}',
  'editor.section.shipment': 'Shipment',
  'editor.section.crossing': 'Crossing',
  'editor.create': 'Create declaration',
  'editor.save': 'Save changes',
  'editor.delete': 'Delete…',
  'editor.deleteConfirm': 'Delete this declaration? This cannot be undone.',
  'editor.deleteYes': 'Yes, delete it',
  'editor.state.saved': 'All changes saved',
  'editor.state.unsaved': 'Unsaved changes',
  'editor.state.saving': 'Saving…',
  'editor.state.new': 'Not created yet',
  'editor.demoNotice':
    'This is a demo declaration that shows how Cruce works. Change it freely or delete it; it will not come back.',
  'editor.created': 'Created {time}',
  'editor.updated': 'Last changed {time}',

  'field.reference': 'Broker reference',
  'field.reference.hint': 'Your file number for this shipment (up to 60 characters)',
  'field.direction': 'Direction of travel',
  'field.port': 'U.S. port of entry',
  'field.port.none': 'Not chosen yet',
  'field.crossingDate': 'Planned crossing date',
  'field.crossingTime': 'Time at the port',
  'field.zone': 'Time zone',
  'field.date.placeholder': 'YYYY-MM-DD',
  'field.time.placeholder': 'HH:MM',
  'field.crossing.hint': 'Local time at the port. Leave both empty if not known yet.',

  'crossing.incomplete': 'Enter both the date and the time, or leave both empty.',
  'crossing.badDate': 'Write the date as YYYY-MM-DD, for example 2026-12-01.',
  'crossing.badTime': 'Write the time as HH:MM on the 24-hour clock, for example 14:30.',

  'zone.America/Chicago': 'U.S. Central — Texas',
  'zone.America/Denver': 'U.S. Mountain — El Paso, New Mexico',
  'zone.America/Phoenix': 'Arizona (no daylight saving)',
  'zone.America/Los_Angeles': 'U.S. Pacific — California',
  'zone.America/Matamoros': 'Mexico — Tamaulipas border',
  'zone.America/Monterrey': 'Mexico — Nuevo León, Coahuila',
  'zone.America/Ciudad_Juarez': 'Mexico — Ciudad Juárez',
  'zone.America/Hermosillo': 'Mexico — Sonora',
  'zone.America/Tijuana': 'Mexico — Baja California',

  'dbError.title': 'Cruce cannot open its database',
  'dbError.path': 'Database file',
  'dbError.logs': 'Log folder',
  'dbError.untouched': 'Cruce has not changed this file.',

  'error.database_unreadable':
    'The database file is not a Cruce database, is damaged, or cannot be read.',
  'error.database_too_new':
    'This database was written by a newer version of Cruce. Install that version to open it; this one will not change it.',
  'error.database_error': 'The database could not complete the operation. The change was not saved.',
  'error.stored_data_invalid':
    'This declaration was changed outside Cruce and breaks its rules, so it cannot be shown.',
  'error.draft_not_found': 'This declaration no longer exists. It may have been deleted in another window.',
  'error.reference_required': 'Enter a reference.',
  'error.reference_too_long': 'The reference can have at most 60 characters.',
  'error.reference_control_characters':
    'The reference contains invisible control characters, such as line breaks. Remove them.',
  'error.unknown_port': 'Choose a U.S. port of entry from the list.',
  'error.unknown_time_zone': 'Choose a time zone from the list.',
  'error.crossing_time_skipped':
    'That time does not exist: clocks skip it when daylight saving time starts. Choose another time.',
  'error.invalid_document': 'The declaration is not in the format this version of Cruce reads.',
  'error.unknown_identifier_kind': 'Cruce does not know that kind of identifier.',
  'error.internal': 'Something unexpected went wrong. The details are in the log.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;

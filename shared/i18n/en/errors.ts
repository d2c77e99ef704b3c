export default {
  api: {
    unknownMethod: 'The program called a function that does not exist.',
    invalidInput: 'Some entries are not valid; please check the fields marked in red.',
    invalidField: 'The value of “{{field}}” is not valid.',
    forbiddenSender: 'The request came from an untrusted page and was refused.',
    internal: 'An internal error occurred; no data was changed. Details were written to the log.',
    offline: 'Cannot reach the program’s main process.',
  },
  store: {
    corrupt: 'The data file {{file}} is damaged and cannot be read.',
    newer:
      'The data file {{file}} was saved by a newer version of the program (data version {{version}}) and cannot be read by this one.',
    noMigration: 'The data file {{file}} has data version {{version}}, which cannot be upgraded.',
    invalid: 'The content of the data file {{file}} is not valid ({{detail}}).',
  },
  workspace: {
    notFound: 'That workspace cannot be found.',
    none: 'No workspace is open.',
  },
  backup: {
    notFound: 'That backup cannot be found.',
    invalid: 'That backup cannot be used.',
  },
} as const;

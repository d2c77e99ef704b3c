export default {
  save: 'Save',
  cancel: 'Cancel',
  confirm: 'OK',
  delete: 'Delete',
  edit: 'Edit',
  add: 'Add',
  close: 'Close',
  search: 'Search',
  saved: 'Saved.',
  loading: 'Loading…',
  none: 'None',
  yes: 'Yes',
  no: 'No',
  validation: {
    required: 'Please fill in “{{field}}”.',
    invalid: '“{{field}}” is not in the right format.',
  },
} as const;

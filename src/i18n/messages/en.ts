import type { CatalogueOf } from '../translator.js';
import type { zhCN } from './zh-CN.js';

/** The shared UI catalogue in English. Typed from `zh-CN`: a missing key is a compile error. */
export const en: CatalogueOf<typeof zhCN> = {
  'common.loading': 'Loading…',
  'common.loadingMore': 'Loading more…',
  'common.retry': 'Try again',
  'common.empty': 'Nothing to show yet',
  'common.loadMore': 'Load more',
  'common.allLoaded': 'Everything is loaded',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.confirm': 'Confirm',
  'common.submit': 'Submit',
  'common.back': 'Back',
  'common.next': 'Next',
  'common.search': 'Search',
  'common.clear': 'Clear',
  'common.readOnly': 'Read only',
  'common.noPermission': 'You do not have permission to do this',

  'notConfigured.title': 'This widget has no data source configured',
  'notConfigured.hint': 'Please contact the administrator of this website.',

  'field.required': '(required)',
  'field.optional': '(optional)',
  'a11y.errorPrefix': 'Error: ',
  'form.counter.left': { one: 'You have {count} character remaining', other: 'You have {count} characters remaining' },
  'form.counter.over': { one: 'You have {count} character too many', other: 'You have {count} characters too many' },

  'error.title': 'Something went wrong',
  'error.network': 'Cannot reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to respond. Please try again.',
  'error.unauthorized': 'Your session has expired. Please sign in again.',
  'error.forbidden': 'You do not have permission to see or do this.',
  'error.not_found': 'We could not find this. It may have been removed.',
  'error.validation': 'Some of the information is not valid. Check it and try again.',
  'error.conflict': 'Someone else has changed this. Refresh and try again.',
  'error.unavailable': 'The service is temporarily unavailable. Please try again later.',
  'error.unavailableRetryAfter': {
    one: 'The service is temporarily unavailable. Please try again in {count} second.',
    other: 'The service is temporarily unavailable. Please try again in {count} seconds.',
  },
  'error.invalid_response': 'The server sent data we could not read. Please try again later.',
  'error.unsupported': 'The system behind this page cannot do this.',
  'case.handledElsewhere': 'This case is handled in the {system} system: here you can follow it, not act on it.',
  'error.unknown': 'Something unexpected went wrong. Please try again later.',

  'count.items': { one: '{count} item', other: '{count} items' },
  'count.results': { '=0': 'No results', one: '{count} result', other: '{count} results' },
  'count.shownOfTotal': 'Showing {shown} of {total}',
  'announce.loaded': { '=0': 'No results', one: 'Loaded {count} item', other: 'Loaded {count} items' },
};

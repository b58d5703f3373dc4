export * from './locales.js';
export * from './translator.js';
export * from './format.js';
export { lazyMessages, loadMessages, messagesLoaded, type LazyMessages, type Messages } from './lazy-messages.js';
export { sharedMessages, isSharedMessageKey, type SharedMessageKey } from './messages/index.js';
export { validationMessages, type ValidationMessageKey } from './messages/validation.js';
export {
  registerMessages,
  clearRegisteredMessages,
  messagesVersion,
  onMessagesChanged,
  registeredLocales,
  type MessageKey,
  type MessageKeyRegistry,
  type MessageTerms,
  type RegisterMessagesOptions,
  type RegisteredLocale,
} from './registry.js';
export { validationMessage, validationKey, validationParams, VALIDATION_KEYS } from './validation.js';

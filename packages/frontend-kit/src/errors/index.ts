export { fieldErrorsOf, generalErrorOf, isConflict } from './graphql-errors';
export { ErrorAlert, useErrorText, type ErrorAlertProps } from './error-alert';
export { resultOrNull } from './result-or-null';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text is a uuid, the form of every id; anything else never reaches a uuid column. */
export const isUuid = (value: string): boolean => UUID.test(value);

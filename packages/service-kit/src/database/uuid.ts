const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id can name a row at all: PostgreSQL refuses the whole query for a malformed uuid. */
export const isUuid = (value: string): boolean => UUID.test(value);

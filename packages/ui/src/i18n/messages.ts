import type { Locale } from './locale.js';

export type Message = Record<Locale, string>;
export type Messages = Record<string, Message>;

type Placeholders<S extends string> = string extends S ? string : S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type MessagePlaceholders<T extends Message> = Placeholders<T['nl']> | Placeholders<T['en']>;

export type MessageParams<T extends Message> = Record<MessagePlaceholders<T>, string | number>;

/** A message with `{name}` placeholders needs its params; one without takes none. */
export type Translate<M extends Messages> = <K extends keyof M & string>(
  key: K,
  ...params: [MessagePlaceholders<M[K]>] extends [never] ? [] : [params: MessageParams<M[K]>]
) => string;

/**
 * Declares a component's texts. The `const` type parameter keeps every string literal,
 * so a missing language is a type error and placeholders are checked at each `t` call.
 */
export function createMessages<const M extends Messages>(messages: M): M {
  return messages;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` with `params.name`; an unknown placeholder stays visible so it gets noticed. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

import { registerEnumType } from 'type-graphql';

export enum DocumentLanguage {
  NL = 'nl',
  EN = 'en',
}

registerEnumType(DocumentLanguage, { name: 'DocumentLanguage', description: 'The language a generated document is written in.' });

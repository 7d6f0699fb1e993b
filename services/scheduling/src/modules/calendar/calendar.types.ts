import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A secret calendar address to subscribe to in Outlook or Google; anyone with it can read the feed.' })
export class CalendarFeed {
  @Field()
  url!: string;

  @Field()
  createdAt!: string;
}

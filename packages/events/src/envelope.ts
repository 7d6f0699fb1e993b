/** Every domain event travels in this envelope, from the outbox through the queue to each consumer. */
export interface EventEnvelope<Type extends string = string, Payload = unknown> {
  /** Unique per event; consumers record it to stay idempotent under at-least-once delivery. */
  id: string;
  type: Type;
  /** The entity the event is about (a case id, an organization id …). */
  aggregateId: string;
  organizationId: string;
  occurredAt: string;
  payload: Payload;
}

import type { AbsenceEvent, AnalyticsEvent, CaseEvent, DirectoryEvent, DossierEvent, EventEnvelope, SchedulingEvent, WellbeingEvent } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';
import type { EventConsumer } from '../service-runner';
import type { EventHandler } from './inbox';

/** Every event a service of the platform publishes, each type with its own payload. */
export type DomainEvent = CaseEvent | DirectoryEvent | AbsenceEvent | DossierEvent | WellbeingEvent | SchedulingEvent | AnalyticsEvent;

export type DomainEventType = DomainEvent['type'];

export type EventOfType<Type extends DomainEventType> = Extract<DomainEvent, { type: Type }>;

/**
 * A consumer's handler of each event type it takes in, typed by that event: the map is the
 * one list of what a service consumes, and no handler casts an envelope.
 */
export type EventHandlers<Type extends DomainEventType = DomainEventType> = {
  [T in Type]: (event: EventOfType<T>, manager: EntityManager) => Promise<void>;
};

/** Types a handler map by its keys: each handler is given the event of its own type. */
export function eventHandlers<Type extends DomainEventType>(handlers: EventHandlers<Type>): EventHandlers<Type> {
  return handlers;
}

/**
 * The queue's single handler: each event goes to the handler of its type. A type the map does
 * not name (a subscription from an earlier release) is passed over, as it always was.
 */
export function dispatchEvents<Type extends DomainEventType>(handlers: EventHandlers<Type>): EventHandler {
  // Sound: an event reaches only the handler of its own type.
  const byType = handlers as unknown as Record<string, ((event: EventEnvelope, manager: EntityManager) => Promise<void>) | undefined>;
  return async (event, manager) => {
    const handler = Object.hasOwn(byType, event.type) ? byType[event.type] : undefined;
    if (handler) await handler(event, manager);
  };
}

/** A queue subscribed to exactly the event types the map handles. */
export function eventConsumer<Type extends DomainEventType>(queue: string, handlers: EventHandlers<Type>): EventConsumer {
  return { queue, eventTypes: Object.keys(handlers), handle: dispatchEvents(handlers) };
}

import { AppointmentDetails1732500000000 } from './migrations/1732500000000-appointment-details';
import { Programmes1732500000001 } from './migrations/1732500000001-programmes';
import { BuildUp1732500000002 } from './migrations/1732500000002-build-up';
import { Notifications1732500000003 } from './migrations/1732500000003-notifications';
import { CalendarFeeds1732500000004 } from './migrations/1732500000004-calendar-feeds';
import { EmployerPeople1732500000005 } from './migrations/1732500000005-employer-people';
import { Appointments1732300000000 } from './migrations/1732300000000-appointments';
import { DeadLetters1733000000001 } from './migrations/1733000000001-dead-letters';
import { TalkRequests1733200000040 } from './migrations/1733200000040-talk-requests';
import { CaseJurisdiction1733300000017 } from './migrations/1733300000017-case-jurisdiction';
import { NotificationResolution1733180000001 } from './migrations/1733180000001-notification-resolution';
import { Appointment } from './modules/appointment/appointment.entity';
import { Notification } from './modules/notification/notification.entity';
import { Programme } from './modules/programme/programme.entity';

export const entities = [Appointment, Programme, Notification];

export const migrations = [
  Appointments1732300000000,
  AppointmentDetails1732500000000,
  Programmes1732500000001,
  BuildUp1732500000002,
  Notifications1732500000003,
  CalendarFeeds1732500000004,
  EmployerPeople1732500000005,
  DeadLetters1733000000001,
  TalkRequests1733200000040,
  CaseJurisdiction1733300000017,
  NotificationResolution1733180000001,
];

import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { now } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { JobRunner } from '../../platform/jobs/job-runner.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { Principal } from '../../platform/auth/principal';
import { AgendaService } from '../agenda/agenda.service';
import { ActionItem } from '../minutes/action-item.entity';
import { MeetingEvent, MeetingEventPayload } from '../meetings/meeting-events';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { Network } from '../networks/network.entity';
import { localDate, NetworkAccessService } from '../networks/network-access.service';
import { NotificationKind, PREFERENCE_OF } from './notification-kind';
import { actionItemDueMail, actionItemMail, agendaPublishedMail, MeetingMailFacts, meetingReminderMail, minutesForApprovalMail, Recipient } from './notification-mail';
import { NotificationPreference } from './notification-preference.entity';
import { signUnsubscribeLink, verifyUnsubscribeLink } from './unsubscribe-links';

export interface Preferences {
  agendaPublished: boolean;
  minutesForApproval: boolean;
  meetingReminder: boolean;
  actionItems: boolean;
  reminderHoursBefore: number;
}

export const DEFAULT_PREFERENCES: Preferences = { agendaPublished: true, minutesForApproval: true, meetingReminder: true, actionItems: true, reminderHoursBefore: 24 };

/** The longest reminder window a member can choose (14 days): how far ahead the reminder run looks. */
const LONGEST_REMINDER_HOURS = 336;

interface RecipientRow extends Recipient {
  agendaPublished: boolean;
  minutesForApproval: boolean;
  actionItems: boolean;
}

/**
 * Mails members about their meetings, through the outbox: the agenda when
 * it is published, the minutes when they are circulated for approval, an
 * action item when one is assigned to them and the day before it is due,
 * and a reminder a chosen time before each meeting. Each member chooses per kind (no choice: all, 24
 * hours ahead), and each mail's List-Unsubscribe link turns its kind off in
 * one click. The changes raise the events as jobs (MeetingEvent); the
 * reminders run on CRON_MEETING_REMINDERS, once per period across instances,
 * and at most once per member, meeting and start time.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly jobs: JobRunner,
    private readonly outbox: OutboxService,
    private readonly agenda: AgendaService,
    private readonly access: NetworkAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const on = (event: MeetingEvent, act: (manager: EntityManager, payload: MeetingEventPayload) => Promise<number>) =>
      this.jobs.register({
        name: event,
        run: async (payload) => {
          const event = payload as MeetingEventPayload;
          await this.db.runAsTenant(event.municipalityId, (manager) => act(manager, event));
        },
      });
    on(MeetingEvent.AGENDA_PUBLISHED, (manager, event) => this.toMembers(manager, event, NotificationKind.AGENDA_PUBLISHED));
    on(MeetingEvent.MINUTES_CIRCULATED, (manager, event) => this.toMembers(manager, event, NotificationKind.MINUTES_FOR_APPROVAL));
    on(MeetingEvent.ACTION_ITEM_ADDED, (manager, event) => this.toOwner(manager, event));
    this.jobs.register({
      name: 'notifications.meeting-reminders',
      schedule: 'meetingReminders',
      run: async () => {
        const sent = await this.sendDueReminders();
        if (sent > 0) this.logger.log({ msg: 'meeting reminders queued', mails: sent });
      },
    });
  }

  // ---- preferences -------------------------------------------------------

  async preferencesOf(principal: Principal): Promise<Preferences> {
    const caller = await this.access.caller(principal);
    const row = await (await this.db.manager()).findOne(NotificationPreference, { where: { staffUserId: caller.staff.id } });
    return row ? pick(row) : DEFAULT_PREFERENCES;
  }

  async setPreferences(principal: Principal, changes: Partial<Preferences>): Promise<Preferences> {
    const caller = await this.access.caller(principal);
    return this.update(caller.staff.municipalityId, caller.staff.id, changes);
  }

  /** What a List-Unsubscribe link does (its GET page's button, or the mail client's one-click POST): that kind, off. */
  async unsubscribe(token: string): Promise<NotificationKind> {
    const claims = await verifyUnsubscribeLink(this.config.linkSecret, token);
    await this.db.runAsTenant(claims.municipalityId, () => this.update(claims.municipalityId, claims.staffUserId, { [PREFERENCE_OF[claims.kind]]: false }));
    return claims.kind;
  }

  /** Checks a link without acting on it, for the page a GET shows. */
  async describeUnsubscribe(token: string): Promise<NotificationKind> {
    return (await verifyUnsubscribeLink(this.config.linkSecret, token)).kind;
  }

  /**
   * The member's row is created with the defaults if it is missing (ON CONFLICT DO NOTHING: two writes at once,
   * say a mail client's one-click POST and the member's own click, both succeed), then the given choices are set.
   */
  private async update(municipalityId: string, staffUserId: string, changes: Partial<Preferences>): Promise<Preferences> {
    const manager = await this.db.manager();
    await manager.createQueryBuilder().insert().into(NotificationPreference).values({ municipalityId, staffUserId, ...DEFAULT_PREFERENCES }).orIgnore().execute();
    const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null));
    if (Object.keys(set).length > 0) await manager.update(NotificationPreference, { staffUserId }, set);
    return pick(await manager.findOneOrFail(NotificationPreference, { where: { staffUserId } }));
  }

  // ---- the mails ----------------------------------------------------------

  private async toMembers(manager: EntityManager, event: MeetingEventPayload, kind: NotificationKind.AGENDA_PUBLISHED | NotificationKind.MINUTES_FOR_APPROVAL): Promise<number> {
    const meeting = await manager.findOne(Meeting, { where: { id: event.meetingId } });
    if (!meeting || meeting.status === MeetingStatus.CANCELLED) return 0;
    const [facts, recipients] = await Promise.all([this.facts(manager, [meeting]).then((all) => all.get(meeting.id)!), this.recipients(manager, [meeting.networkId])]);
    const wanted = (recipients.get(meeting.networkId) ?? []).filter((r) => r.staffUserId !== event.actorId && (kind === NotificationKind.AGENDA_PUBLISHED ? r.agendaPublished : r.minutesForApproval));
    const mail = kind === NotificationKind.AGENDA_PUBLISHED ? agendaPublishedMail : minutesForApprovalMail;
    for (const recipient of wanted) await this.outbox.enqueue(manager, mail(recipient, facts, await this.unsubscribeLink(recipient, meeting.municipalityId, kind)));
    return wanted.length;
  }

  private async toOwner(manager: EntityManager, event: MeetingEventPayload): Promise<number> {
    const item = await manager.findOne(ActionItem, { where: { id: event.actionItemId } });
    const meeting = await manager.findOne(Meeting, { where: { id: event.meetingId } });
    if (!item || !meeting || item.ownerId === event.actorId) return 0;
    const recipients = (await this.recipients(manager, [meeting.networkId])).get(meeting.networkId) ?? [];
    const owner = recipients.find((r) => r.staffUserId === item.ownerId);
    if (!owner?.actionItems) return 0;
    const facts = (await this.facts(manager, [meeting])).get(meeting.id)!;
    await this.outbox.enqueue(manager, actionItemMail(owner, facts, item, await this.unsubscribeLink(owner, meeting.municipalityId, NotificationKind.ACTION_ITEMS)));
    return 1;
  }

  /** Queues the reminders now due in every municipality (meetings ahead, action items due tomorrow); returns how many. */
  async sendDueReminders(): Promise<number> {
    const municipalities: { id: string }[] = await this.dataSource.query('SELECT id FROM all_municipality_ids() AS id');
    let sent = 0;
    for (const { id } of municipalities) sent += await this.db.runAsTenant(id, async (manager) => (await this.remindersIn(manager)) + (await this.dueActionItemsIn(manager)));
    return sent;
  }

  /** Open action items due tomorrow (Danish date): their owners are reminded once, claimed by marking the item. */
  private async dueActionItemsIn(manager: EntityManager): Promise<number> {
    const at = now();
    const tomorrow = localDate(new Date(at.getTime() + 24 * 3600_000));
    const due: { id: string; meeting_id: string; text: string; due_on: string; owner_id: string; email: string; display_name: string }[] = await manager.query(
      `WITH due AS (
         SELECT a.id FROM action_item a
           JOIN staff_user s ON s.id = a.owner_id AND s.municipality_id = a.municipality_id AND s.active
           LEFT JOIN notification_preference p ON p.staff_user_id = s.id AND p.municipality_id = s.municipality_id
          WHERE a.status = 'open' AND a.due_on = $1::date AND a.due_reminder_sent_at IS NULL AND coalesce(p.action_items, true)
          FOR UPDATE OF a SKIP LOCKED),
       claimed AS (UPDATE action_item a SET due_reminder_sent_at = $2 FROM due WHERE a.id = due.id RETURNING a.id, a.meeting_id, a.text, a.due_on::text AS due_on, a.owner_id)
       SELECT c.id, c.meeting_id, c.text, c.due_on, c.owner_id, s.email, s.display_name FROM claimed c JOIN staff_user s ON s.id = c.owner_id`,
      [tomorrow, at],
    );
    if (due.length === 0) return 0;
    const meetings = await manager.find(Meeting, { where: { id: In([...new Set(due.map((d) => d.meeting_id))]) } });
    const facts = await this.facts(manager, meetings);
    for (const row of due) {
      const recipient: Recipient = { staffUserId: row.owner_id, email: row.email, displayName: row.display_name };
      const unsubscribe = await this.unsubscribeLink(recipient, meetings[0].municipalityId, NotificationKind.ACTION_ITEMS);
      await this.outbox.enqueue(manager, actionItemDueMail(recipient, facts.get(row.meeting_id)!, { text: row.text, dueOn: row.due_on }, unsubscribe));
    }
    return due.length;
  }

  private async remindersIn(manager: EntityManager): Promise<number> {
    const at = now();
    // Claimed by inserting the reminder row: a member, a meeting and its start time get one reminder, whoever runs this.
    const due: { meeting_id: string; staff_user_id: string; email: string; display_name: string }[] = await manager.query(
      `WITH due AS (
         SELECT m.id AS meeting_id, m.starts_at, s.id AS staff_user_id, s.email, s.display_name
           FROM meeting m
           JOIN network_membership nm ON nm.network_id = m.network_id AND nm.municipality_id = m.municipality_id AND nm.left_on IS NULL
           JOIN staff_user s ON s.id = nm.staff_user_id AND s.municipality_id = nm.municipality_id AND s.active
           LEFT JOIN notification_preference p ON p.staff_user_id = s.id AND p.municipality_id = s.municipality_id
          WHERE m.status IN ('planned', 'agenda_published') AND m.starts_at > $1 AND m.starts_at <= $1::timestamptz + make_interval(hours => $2)
            AND coalesce(p.meeting_reminder, true)
            AND m.starts_at <= $1::timestamptz + make_interval(hours => coalesce(p.reminder_hours_before, 24))),
       claimed AS (
         INSERT INTO meeting_reminder (municipality_id, meeting_id, staff_user_id, starts_at)
         SELECT app_current_municipality(), meeting_id, staff_user_id, starts_at FROM due
         ON CONFLICT (municipality_id, meeting_id, staff_user_id, starts_at) DO NOTHING
         RETURNING meeting_id, staff_user_id)
       SELECT d.meeting_id, d.staff_user_id, d.email, d.display_name FROM due d JOIN claimed c USING (meeting_id, staff_user_id)`,
      [at, LONGEST_REMINDER_HOURS],
    );
    if (due.length === 0) return 0;
    const meetings = await manager.find(Meeting, { where: { id: In([...new Set(due.map((d) => d.meeting_id))]) } });
    const facts = await this.facts(manager, meetings);
    for (const row of due) {
      const recipient: Recipient = { staffUserId: row.staff_user_id, email: row.email, displayName: row.display_name };
      const meeting = meetings.find((m) => m.id === row.meeting_id)!;
      await this.outbox.enqueue(manager, meetingReminderMail(recipient, facts.get(row.meeting_id)!, await this.unsubscribeLink(recipient, meeting.municipalityId, NotificationKind.MEETING_REMINDER)));
    }
    return due.length;
  }

  /** The facts each mail shows, for several meetings in a fixed number of statements. */
  private async facts(manager: EntityManager, meetings: Meeting[]): Promise<Map<string, MeetingMailFacts>> {
    const networks = await manager.find(Network, { where: { id: In([...new Set(meetings.map((m) => m.networkId))]) } });
    const agendas = await Promise.all(meetings.map((meeting) => this.agenda.agenda(meeting)));
    return new Map(
      meetings.map((meeting, index) => [
        meeting.id,
        {
          municipalityId: meeting.municipalityId,
          title: meeting.title,
          networkName: networks.find((n) => n.id === meeting.networkId)?.name ?? '',
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          place: meeting.place,
          onlineUrl: meeting.onlineUrl,
          url: `${this.config.publicBaseUrl}/moede/${meeting.id}`,
          agenda: agendas[index].map((item) => ({ title: item.title, startsAt: item.startsAt, endsAt: item.endsAt })),
        },
      ]),
    );
  }

  /** The active members of each network with an active account, with their choices, in one statement. */
  private async recipients(manager: EntityManager, networkIds: string[]): Promise<Map<string, RecipientRow[]>> {
    const rows: { network_id: string; staff_user_id: string; email: string; display_name: string; agenda_published: boolean; minutes_for_approval: boolean; action_items: boolean }[] = await manager.query(
      `SELECT nm.network_id, s.id AS staff_user_id, s.email, s.display_name,
              coalesce(p.agenda_published, true) AS agenda_published, coalesce(p.minutes_for_approval, true) AS minutes_for_approval,
              coalesce(p.action_items, true) AS action_items
         FROM network_membership nm
         JOIN staff_user s ON s.id = nm.staff_user_id AND s.municipality_id = nm.municipality_id AND s.active
         LEFT JOIN notification_preference p ON p.staff_user_id = s.id AND p.municipality_id = s.municipality_id
        WHERE nm.network_id = ANY($1) AND nm.left_on IS NULL`,
      [networkIds],
    );
    const byNetwork = new Map<string, RecipientRow[]>();
    for (const row of rows) {
      const list = byNetwork.get(row.network_id) ?? [];
      list.push({ staffUserId: row.staff_user_id, email: row.email, displayName: row.display_name, agendaPublished: row.agenda_published, minutesForApproval: row.minutes_for_approval, actionItems: row.action_items });
      byNetwork.set(row.network_id, list);
    }
    return byNetwork;
  }

  private async unsubscribeLink(recipient: Recipient, municipalityId: string, kind: NotificationKind) {
    const token = await signUnsubscribeLink(this.config.linkSecret, { staffUserId: recipient.staffUserId, municipalityId, kind });
    return { kind, url: `${this.config.publicBaseUrl}/notifikationer/afmeld?token=${encodeURIComponent(token)}` };
  }
}

function pick(row: Preferences): Preferences {
  return { agendaPublished: row.agendaPublished, minutesForApproval: row.minutesForApproval, meetingReminder: row.meetingReminder, actionItems: row.actionItems, reminderHoursBefore: row.reminderHoursBefore };
}

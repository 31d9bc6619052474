import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound } from '../../platform/errors/app-error';
import { Meeting } from '../meetings/meeting.entity';
import { NetworkAccessService } from '../networks/network-access.service';
import { NetworkMembership } from '../networks/network-membership.entity';
import { Network } from '../networks/network.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { FeedMeeting, renderCalendar } from './ics';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { now } from '../../platform/clock/clock';

/** How far back a feed reaches; the future is unbounded (all stored occurrences). */
const FEED_HISTORY_DAYS = 90;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(principal: Principal, networkId?: string): Promise<{ feed: CalendarFeed; path: string }> {
    const caller = networkId ? (await this.access.assertMember(principal, networkId)).caller : await this.access.caller(principal);
    const token = randomBytes(32).toString('base64url');
    const manager = await this.db.manager();
    const feed = await manager.save(
      CalendarFeed,
      manager.create(CalendarFeed, {
        municipalityId: caller.staff.municipalityId,
        ownerId: caller.staff.id,
        networkId: networkId ?? null,
        tokenHash: hashToken(token),
      }),
    );
    return { feed, path: `/calendar/${token}.ics` };
  }

  async mine(principal: Principal): Promise<CalendarFeed[]> {
    const caller = await this.access.caller(principal);
    const manager = await this.db.manager();
    return manager.find(CalendarFeed, { where: { ownerId: caller.staff.id }, order: { createdAt: 'DESC' } });
  }

  /** Revoking is immediate: the URL answers 404 from then on. */
  async revoke(principal: Principal, id: string): Promise<CalendarFeed> {
    const caller = await this.access.caller(principal);
    const manager = await this.db.manager();
    const feed = await manager.findOne(CalendarFeed, { where: { id, ownerId: caller.staff.id } });
    if (!feed) throw notFound('The calendar feed');
    feed.revokedAt ??= now();
    return manager.save(CalendarFeed, feed);
  }

  /**
   * The feed's iCalendar text, or null for an unknown or revoked token. The
   * token is the only credential: the municipality is found through a
   * narrow database function, then everything is read under row-level
   * security as that municipality, with the owner's current access rules.
   */
  async render(token: string): Promise<RenderedFeed | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const tokenHash = hashToken(token);
    const [{ municipality }] = await this.dataSource.query('SELECT calendar_feed_municipality($1) AS municipality', [tokenHash]);
    if (!municipality) return null;
    return this.db.runAsTenant(municipality, async (manager) => {
      const feed = await manager.findOne(CalendarFeed, { where: { tokenHash } });
      const owner = feed && (await manager.findOne(StaffUser, { where: { id: feed.ownerId } }));
      if (!feed || feed.revokedAt || !owner?.active) return null;
      const memberships = await manager.findBy(NetworkMembership, { staffUserId: owner.id });
      const visible = (networkId: string, startsAt: Date) =>
        this.access.canSeeMeeting({ staff: owner, isAdmin: false, memberships }, { networkId, startsAt });
      const networkIds = feed.networkId ? [feed.networkId] : [...new Set(memberships.map((m) => m.networkId))];
      const since = new Date(now().getTime() - FEED_HISTORY_DAYS * 24 * 3600 * 1000);
      const [networks, meetings] = networkIds.length === 0 ? [[], []] : await Promise.all([
        manager.findBy(Network, { id: In(networkIds) }),
        manager
          .createQueryBuilder(Meeting, 'm')
          .where('m.network_id IN (:...networkIds)', { networkIds })
          .andWhere('m.ends_at >= :since', { since })
          .orderBy('m.starts_at')
          .getMany(),
      ]);
      const shown = meetings.filter((m) => visible(m.networkId, m.startsAt));
      // One statement for every shown meeting's agenda (the description lists it).
      const items = shown.length === 0 ? [] : await manager.find(AgendaItem, { where: { meetingId: In(shown.map((m) => m.id)) }, order: { position: 'ASC' } });
      const names = new Map(networks.map((n) => [n.id, n.name]));
      const title = feed.networkId ? (names.get(feed.networkId) ?? 'Netværk') : 'Mine netværksmøder';
      const entries: FeedMeeting[] = shown.map((m) =>
        Object.assign(m, { networkName: names.get(m.networkId) ?? '', agenda: items.filter((i) => i.meetingId === m.id), pageUrl: `${this.config.publicBaseUrl}/moede/${m.id}` }),
      );
      const lastModified = new Date(Math.max(feed.createdAt.getTime(), ...shown.map((m) => m.updatedAt.getTime())));
      const body = renderCalendar(title, entries, { organizer: organizerOf(this.config.mail.from), stamp: lastModified });
      return { body, lastModified, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    });
  }
}

export interface RenderedFeed {
  body: string;
  /** The latest change of anything in the feed (whole seconds matter for HTTP dates). */
  lastModified: Date;
  etag: string;
}

/** ORGANIZER from MAIL_FROM ("Name <address>" or an address). */
function organizerOf(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1].trim() || 'NSK-netværket', email: match[2].trim() } : { name: 'NSK-netværket', email: from.trim() };
}

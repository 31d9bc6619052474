import { Injectable, OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In } from 'typeorm';
import { MEETING_TIME_ZONE } from '../meetings/recurrence';
import { Principal } from '../../platform/auth/principal';
import { PrincipalPreloads } from '../../platform/auth/principal-preloads';
import { Role } from '../../platform/auth/role.enum';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode, notFound } from '../../platform/errors/app-error';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { StaffService } from '../../organisation/staff/staff.service';
import { MembershipRole } from './network-kind.enum';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';
import { groupByKeys } from '../../platform/database/loader-registry';
import { now } from '../../platform/clock/clock';
import { leanSelect } from '../../platform/database/lean-read';

export interface Caller {
  staff: StaffUser;
  isAdmin: boolean;
  /** Every membership period of the caller, current and past. */
  memberships: NetworkMembership[];
}

const LOCAL_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: MEETING_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * A date (YYYY-MM-DD) in Danish local time, as the date columns hold it. One
 * shared Intl formatter: a Luxon DateTime per call was 7.7 % of the CPU of the
 * preparation read (a date per membership and meeting).
 */
export const localDate = (instant: Date = now()): string => {
  const parts = LOCAL_DAY.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
};
export const today = (): string => localDate();
/** Midnight at the start of a local date, as an instant. */
export const startOfLocalDay = (date: string): number => DateTime.fromISO(date, { zone: MEETING_TIME_ZONE }).toMillis();

/** Was the membership current on a (local) date? Invitations follow from this for the meeting's date. */
export const coversDate = (membership: NetworkMembership, day: string): boolean => membership.joinedOn <= day && (membership.leftOn === null || membership.leftOn > day);

/**
 * Who may see and manage what in a network. Only members and the
 * municipality admin see a network's meetings and content; coordinators (and
 * the admin) manage membership and meetings; someone who left still sees the
 * meetings from before they left, but no new ones.
 */
@Injectable()
export class NetworkAccessService implements OnModuleInit {
  constructor(
    private readonly db: TenantDatabase,
    private readonly staff: StaffService,
    private readonly preloads: PrincipalPreloads,
  ) {}

  async caller(principal: Principal): Promise<Caller> {
    const staff = await this.staff.current(principal);
    const memberships = await this.membershipsOf(staff.id);
    return { staff, isAdmin: principal.roles.includes(Role.MUNICIPALITY_ADMIN), memberships };
  }

  /** Every membership period of a member of staff, batched per request; the caller's come with the principal (onModuleInit). */
  membershipsOf(staffId: string): Promise<NetworkMembership[]> {
    return this.membershipLoader().load(staffId);
  }

  private membershipLoader() {
    return this.db.loader<string, NetworkMembership[]>('membershipsOfStaff', async (staffIds) => {
      const manager = await this.db.manager();
      const rows = await manager.findBy(NetworkMembership, { staffUserId: In([...staffIds]) });
      return groupByKeys(staffIds, rows, (row) => row.staffUserId);
    });
  }

  /** Every network read checks the caller's memberships: they are read with the principal, one round trip fewer per request. */
  onModuleInit(): void {
    this.preloads.register({
      expression: CALLER_MEMBERSHIPS,
      receive: (staffId, value) => this.membershipLoader().prime(staffId, (value as MembershipJson[]).map(toMembership)),
    });
  }

  activeMembership(caller: Caller, networkId: string): NetworkMembership | undefined {
    return caller.memberships.find((m) => m.networkId === networkId && m.leftOn === null);
  }

  async network(id: string): Promise<Network> {
    return this.db.byIdLoader(Network, 'The network').load(id);
  }

  /** The network, if the caller is an active member or the admin. */
  async assertMember(principal: Principal, networkId: string): Promise<{ caller: Caller; network: Network }> {
    const [caller, network] = await Promise.all([this.caller(principal), this.network(networkId)]);
    if (!caller.isAdmin && !this.activeMembership(caller, networkId)) {
      throw new AppError(ErrorCode.Forbidden, 'Only members of this network can see its meetings and content');
    }
    return { caller, network };
  }

  /**
   * A team's own work (inquiries, caseload): only its current members. Unlike
   * meetings, the admin has no way in; the steering group sees statistics.
   */
  async assertTeamMember(principal: Principal, teamId: string): Promise<{ caller: Caller; network: Network }> {
    const [caller, network] = await Promise.all([this.caller(principal), this.network(teamId)]);
    if (!this.activeMembership(caller, teamId)) {
      throw new AppError(ErrorCode.Forbidden, "Only the team's own members can see and record its inquiries and cases");
    }
    return { caller, network };
  }

  /** The network, if the caller coordinates it or is the admin. */
  async assertCoordinator(principal: Principal, networkId: string): Promise<{ caller: Caller; network: Network }> {
    const [caller, network] = await Promise.all([this.caller(principal), this.network(networkId)]);
    if (!caller.isAdmin && this.activeMembership(caller, networkId)?.role !== MembershipRole.COORDINATOR) {
      throw new AppError(ErrorCode.Forbidden, "Only the network's coordinator can do this");
    }
    return { caller, network };
  }

  /** Coordinators of any network, and the admin: who may use the speaker directory's contact details. */
  async assertAnyCoordinator(principal: Principal): Promise<Caller> {
    const caller = await this.caller(principal);
    const coordinates = caller.memberships.some((m) => m.leftOn === null && m.role === MembershipRole.COORDINATOR);
    if (!caller.isAdmin && !coordinates) throw new AppError(ErrorCode.Forbidden, 'Only network coordinators can do this');
    return caller;
  }

  /** Members (and the admin) see every meeting; a former member only those that started before they left. */
  canSeeMeeting(caller: Caller, meeting: { networkId: string; startsAt: Date }): boolean {
    if (caller.isAdmin || this.activeMembership(caller, meeting.networkId)) return true;
    return caller.memberships.some(
      (m) => m.networkId === meeting.networkId && m.leftOn !== null && meeting.startsAt.getTime() < startOfLocalDay(m.leftOn),
    );
  }

  /**
   * The one decision for everything that hangs off a network (its meetings,
   * members, coverage, cases), made at every field that reaches it, whatever
   * the path: current members and the admin. A former member keeps only the
   * meetings from before they left (meetingContent), nothing reached from them.
   */
  async networkContent<T>(principal: Principal, networkId: string, read: () => Promise<T>): Promise<T> {
    const caller = await this.caller(principal);
    if (!caller.isAdmin && !this.activeMembership(caller, networkId)) {
      throw new AppError(ErrorCode.Forbidden, 'Only members of this network can see its meetings and content');
    }
    return read();
  }

  /** The one decision for everything that hangs off a meeting (agenda, invitations, minutes, talks ...), at every field. */
  async meetingContent<T>(principal: Principal, meeting: { networkId: string; startsAt: Date }, read: () => Promise<T>): Promise<T> {
    await this.assertCanSeeMeeting(principal, meeting);
    return read();
  }

  async assertCanSeeMeeting(principal: Principal, meeting: { networkId: string; startsAt: Date }): Promise<Caller> {
    const caller = await this.caller(principal);
    if (!this.canSeeMeeting(caller, meeting)) {
      throw new AppError(ErrorCode.Forbidden, 'Only members of this network can see its meetings and content');
    }
    return caller;
  }

  /** Active members of a network, batched across networks. */
  activeMembers(networkId: string): Promise<NetworkMembership[]> {
    return this.db
      .loader<string, NetworkMembership[]>('activeMembersOfNetwork', async (networkIds) => {
        const manager = await this.db.manager();
        const rows = await manager
          .createQueryBuilder(NetworkMembership, 'm')
          .where('m.network_id IN (:...networkIds)', { networkIds })
          .andWhere('m.left_on IS NULL')
          .orderBy('m.joined_on')
          .getMany();
        return groupByKeys(networkIds, rows, (row) => row.networkId);
      })
      .load(networkId);
  }

  /** Every membership period of a network (for invitations, which depend on the date). */
  allMemberships(networkId: string): Promise<NetworkMembership[]> {
    return this.db
      .loader<string, NetworkMembership[]>('allMembershipsOfNetwork', async (networkIds) => {
        const manager = await this.db.manager();
        const rows = await leanSelect(manager, NetworkMembership, 't.network_id = ANY($1)', [networkIds]);
        return groupByKeys(networkIds, rows, (row) => row.networkId);
      })
      .load(networkId);
  }

  async assertActiveStaff(staffId: string): Promise<StaffUser> {
    const staff = await this.staff.load(staffId);
    if (!staff.active) throw notFound('The member of staff');
    return staff;
  }
}

/** The caller's memberships as one JSON value, in the columns of NetworkMembership (dates as TypeORM reads them: 'YYYY-MM-DD'). */
const CALLER_MEMBERSHIPS = `(SELECT coalesce(json_agg(json_build_object(
    'id', m.id, 'municipalityId', m.municipality_id, 'createdAt', m.created_at, 'networkId', m.network_id, 'staffUserId', m.staff_user_id,
    'role', m.role, 'joinedOn', m.joined_on::text, 'leftOn', m.left_on::text)), '[]'::json)
  FROM network_membership m WHERE m.staff_user_id = s.id)`;

interface MembershipJson extends Omit<NetworkMembership, 'createdAt' | 'network' | 'staffUser' | 'municipality'> {
  createdAt: string;
}

function toMembership(json: MembershipJson): NetworkMembership {
  return Object.assign(new NetworkMembership(), json, { createdAt: new Date(json.createdAt) });
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { CORE_DISCIPLINES, Discipline } from '../../organisation/departments/discipline.enum';
import { DepartmentService } from '../../organisation/departments/department.service';
import { AppError, ErrorCode, isUniqueViolation } from '../../platform/errors/app-error';
import { parseRule } from '../meetings/recurrence';
import { StaffService } from '../../organisation/staff/staff.service';
import { CreateNetworkInput } from './dto/network.inputs';
import { NetworkAccessService, today } from './network-access.service';
import { MembershipRole, NetworkKind } from './network-kind.enum';
import { NetworkMembership } from './network-membership.entity';
import { DEFAULT_CADENCE, Network } from './network.entity';

@Injectable()
export class NetworkService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    private readonly staff: StaffService,
    private readonly departments: DepartmentService,
  ) {}

  /** Creates the network with its first coordinator, in one transaction (the request's). */
  async create(input: CreateNetworkInput): Promise<Network> {
    const cadence = input.cadence?.trim() || DEFAULT_CADENCE;
    parseRule(cadence);
    await this.access.assertActiveStaff(input.coordinatorId);
    const manager = await this.db.manager();
    const municipalityId = this.db.current().municipalityId!;
    let network: Network;
    try {
      network = await manager.save(Network, manager.create(Network, { name: input.name, kind: input.kind, purpose: input.purpose, cadence, municipalityId }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_network_name')) throw new AppError(ErrorCode.Conflict, 'A network with this name already exists');
      throw error;
    }
    await manager.insert(NetworkMembership, {
      municipalityId,
      networkId: network.id,
      staffUserId: input.coordinatorId,
      role: MembershipRole.COORDINATOR,
      joinedOn: input.establishedOn ?? today(),
      leftOn: null,
    });
    return network;
  }

  /** The networks the caller belongs to now; the admin sees all of them. */
  async listVisible(principal: Principal): Promise<Network[]> {
    const caller = await this.access.caller(principal);
    const manager = await this.db.manager();
    if (caller.isAdmin) return manager.find(Network, { order: { name: 'ASC' } });
    const ids = caller.memberships.filter((m) => m.leftOn === null).map((m) => m.networkId);
    return ids.length === 0 ? [] : manager.find(Network, { where: { id: In(ids) }, order: { name: 'ASC' } });
  }

  /** The municipality's specialist teams, by name: any member of staff may refer a case to one. */
  async specialistTeams(): Promise<Pick<Network, 'id' | 'name'>[]> {
    return (await this.db.manager()).find(Network, { select: { id: true, name: true }, where: { kind: NetworkKind.SPECIALIST_TEAM }, order: { name: 'ASC' } });
  }

  async get(principal: Principal, id: string): Promise<Network> {
    return (await this.access.assertMember(principal, id)).network;
  }

  /** Which of the five core disciplines the current members' departments cover. */
  async coverage(networkId: string): Promise<{ covered: Discipline[]; missing: Discipline[] }> {
    const members = await this.access.activeMembers(networkId);
    const staff = await Promise.all(members.map((m) => this.staff.load(m.staffUserId)));
    const departments = await Promise.all(staff.map((s) => this.departments.load(s.departmentId)));
    const present = new Set(departments.map((d) => d.discipline));
    return {
      covered: CORE_DISCIPLINES.filter((d) => present.has(d)),
      missing: CORE_DISCIPLINES.filter((d) => !present.has(d)),
    };
  }
}

import { Department } from '../departments/department.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { StaffUser } from '../staff/staff-user.entity';

/** Every TypeORM entity; listed explicitly so the compiled and the ts-node runs agree. */
export const ENTITIES = [Municipality, Department, StaffUser];

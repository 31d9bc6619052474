import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../platform/auth/role.enum';
import { PageOf } from '../../platform/graphql/pagination';

@ObjectType('StaffMember', { description: 'A member of staff who can sign in' })
export class StaffMemberModel {
  @Field(() => ID)
  id: string;

  @Field({ description: "The identity provider's subject (sub claim)" })
  subject: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field()
  active: boolean;

  /** Resolved through the department DataLoader. */
  departmentId: string;
}

@ObjectType('Me', { description: "The signed-in member of staff and the roles this session holds (the municipality's grants, narrowed by the token)" })
export class MeModel {
  @Field(() => StaffMemberModel)
  staffMember: StaffMemberModel;

  @Field(() => [Role])
  roles: Role[];
}

export const StaffMemberPage = PageOf(StaffMemberModel, 'StaffMemberPage');

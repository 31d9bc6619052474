import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { Role } from '../auth/role.enum';
import { TenantDatabase } from '../database/tenant-database';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageInput, PageOf, toPage } from '../graphql/pagination';
import { OutboxMessage } from './outbox-message.entity';

@ObjectType('OutboxMessage', { description: 'An e-mail waiting for, or past, delivery; the recipient is not shown' })
export class OutboxMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  subject: string;

  @Field()
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}

const OutboxPage = PageOf(OutboxMessageModel, 'OutboxMessagePage');

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly db: TenantDatabase) {}

  /** Without SMTP_URL, messages stay here; with it, this shows what was sent and what is being retried. */
  @Allow(Role.MUNICIPALITY_ADMIN)
  @Query(() => OutboxPage, { description: 'The e-mail outbox, newest first' })
  async outboxMessages(@Args('page', { nullable: true }) page?: PageInput): Promise<Page<OutboxMessageModel>> {
    const first = page?.first ?? DEFAULT_PAGE_SIZE;
    const manager = await this.db.manager();
    const query = manager.createQueryBuilder(OutboxMessage, 'o').orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC').limit(first + 1);
    if (page?.after) {
      const [createdAt, id] = decodeCursor(page.after, ['timestamp', 'uuid']);
      query.where('(o.created_at, o.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(await query.getMany(), first, (row) => [row.createdAt.toISOString(), row.id]);
  }
}

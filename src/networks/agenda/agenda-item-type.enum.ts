import { registerEnumType } from '@nestjs/graphql';

export enum AgendaItemType {
  CASE_DISCUSSION = 'case_discussion',
  EXTERNAL_TALK = 'external_talk',
  KNOWLEDGE_SHARING = 'knowledge_sharing',
  NEWS_ROUND = 'news_round',
  OTHER = 'other',
}

registerEnumType(AgendaItemType, { name: 'AgendaItemType' });

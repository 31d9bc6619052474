import { Foundation1795548370897 } from './1795548370897-Foundation';
import { NetworksAndMeetings1795549243928 } from './1795549243928-NetworksAndMeetings';

/** Every migration, in order. Listed explicitly so compiled and ts-node runs find the same set. */
export const MIGRATIONS = [Foundation1795548370897, NetworksAndMeetings1795549243928];

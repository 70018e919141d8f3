import { z } from 'zod';
import { HOUSE_LIST_LIMITS, type HouseListState } from '../core/checks/houseList';
import { channel, noInput } from './channel';

/** The desk's checks: the house list (house-list.yaml), read again on each get, saved only when it parses. */
export const checksChannels = {
  getHouseList: channel<HouseListState>()(noInput),
  saveHouseList: channel<HouseListState>()(z.object({ source: z.string().max(HOUSE_LIST_LIMITS.bytes) }).strict()),
} as const;

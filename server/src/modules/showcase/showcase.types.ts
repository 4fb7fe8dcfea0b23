// The showcase's list type.
import { ConnectionType } from '../../shared/connection.type.js';
import { ShowcaseEntry } from './showcase.entity.js';

export const ShowcaseConnection = ConnectionType(ShowcaseEntry, 'Showcase');

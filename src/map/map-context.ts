import { createContext } from '@lit/context';
import type { MapController } from './map-controller';

/** The map controller of the nearest `<plan-map>`, for workspace components inside it. */
export const mapContext = createContext<MapController | undefined>(Symbol('plan-map-controller'));

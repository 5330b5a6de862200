/** Every authored element, section by section (the decision table). */
import type { Element } from './model';
import { agriculture } from './sections/agriculture';
import { ecology } from './sections/ecology';
import { indicators } from './sections/indicators';
import { industry } from './sections/industry';
import { oldTown } from './sections/old-town';
import { publicServices } from './sections/public-services';
import { regional } from './sections/regional';
import { structure } from './sections/structure';
import { tourism } from './sections/tourism';
import { tourismRural } from './sections/tourism-rural';
import { transport } from './sections/transport';
import { urbanWater } from './sections/urban-water';
import { waterEnergy } from './sections/water-energy';
import { zones } from './sections/zones';

export const SECTIONS: Array<[string, Element[]]> = [
  ['0 区域协同背景 / 全县', regional],
  ['1 城镇空间结构', structure],
  ['2 县城五大功能区', zones],
  ['3 生态', ecology],
  ['4 城市水生态', urbanWater],
  ['5a–5c 旅游与康养', tourism],
  ['5d–5e 乡村旅游与农旅观光带', tourismRural],
  ['6 农业产业空间', agriculture],
  ['7 工业与商贸物流', industry],
  ['8 交通', transport],
  ['9–10 水利、能源与新基建', waterEnergy],
  ['11 公共服务', publicServices],
  ['12–13 老城更新、市政、城市绿地', oldTown],
  ['指标 Indicators', indicators],
];

export const ELEMENTS: Element[] = SECTIONS.flatMap(([, els]) => els);

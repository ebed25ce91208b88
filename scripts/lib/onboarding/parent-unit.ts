/**
 * `--parent` names the school's managing unit: either in words ("UBND phường Sài
 * Gòn") or, as the command contract has it, by the id of a Phòng or Sở site in the
 * same sites folder. An id links the two sites (`parent.id`): the unit's portal then
 * lists the school at /truong-hoc/, and the school's footer links to the unit's portal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface ParentUnit {
  id: string;
  /** What the school shows as its managing body. */
  name: string;
  url: string;
}

interface UnitYaml {
  name?: unknown;
  unitType?: unknown;
  domain?: unknown;
  parent?: { name?: unknown; id?: unknown };
}

/** The Phòng or Sở site whose id is `id`, or undefined. */
export function parentUnit(id: string, sitesDir: string): ParentUnit | undefined {
  const file = join(sitesDir, id, 'site.yaml');
  if (!existsSync(file)) return undefined;
  let unit: UnitYaml;
  try {
    unit = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as UnitYaml;
  } catch {
    return undefined;
  }
  if (
    (unit.unitType !== 'phong' && unit.unitType !== 'so') ||
    typeof unit.name !== 'string' ||
    typeof unit.domain !== 'string'
  )
    return undefined;
  // Since 2025 schools of a commune are managed by its People's Committee, which the
  // Phòng Văn hóa - Xã hội serves; a Sở manages its schools itself. A Phòng linked up to
  // a Sở (parent.id) names the Sở as its parent, not the commune: the school then names
  // the Phòng, as the example network does.
  const communeName =
    unit.unitType === 'phong' && !unit.parent?.id && typeof unit.parent?.name === 'string'
      ? unit.parent.name
      : undefined;
  const name = communeName ?? unit.name;
  return { id, name, url: `https://${unit.domain}` };
}

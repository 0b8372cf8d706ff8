import type { OrganisationKind, OrganisationNode } from '../../../core/api/api-types';

/** An organisation as a select offers it: in tree order, indented by its depth. */
export interface OrganisationOption {
  id: string;
  name: string;
  kind: OrganisationKind;
  depth: number;
}

/** The tree, flattened in order, each node with its depth (0 for a root). */
export function organisationOptions(roots: readonly OrganisationNode[], depth = 0): OrganisationOption[] {
  return roots.flatMap((node) => [
    { id: node.id, name: node.name, kind: node.kind, depth },
    ...organisationOptions(node.children, depth + 1),
  ]);
}

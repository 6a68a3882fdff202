import { vdModdleDescriptor, type ModdlePackageDescriptor } from '@vinh-danh/engine';

/**
 * The engine's `vd:` descriptor, with every typed attribute read as a String. Names, the
 * namespace and the types it extends come from libs/engine, so the lint and the runtime read
 * the same attributes on the same elements. Only the coercion differs, on purpose: moddle
 * turns an Integer attribute into parseInt(text), so "10 ngày" or "1.5" would reach the
 * house rule as a valid-looking 10 or 1. The lint must judge what the admin wrote.
 */
export const lintVdDescriptor: ModdlePackageDescriptor = {
  ...vdModdleDescriptor,
  types: vdModdleDescriptor.types.map((type) => ({
    ...type,
    properties: type.properties.map((property) =>
      property.isAttr && property.type !== 'String' ? { ...property, type: 'String' } : property,
    ),
  })),
};

import * as pulumi from "@pulumi/pulumi";

/**
 * Options for stateful resources (tables, keys): `protect` refuses a delete or replace in Pulumi, and
 * `retainOnDelete` keeps the cloud resource even if protection is lifted and the resource leaves the
 * program. Losing a share key or the keystore table loses validator keys.
 */
export function statefulOptions(opts: pulumi.CustomResourceOptions): pulumi.CustomResourceOptions {
    return { ...opts, protect: true, retainOnDelete: true };
}

/**
 * Compute that runs other parties' code on instances carrying an instance profile: whoever can run a task or job
 * there reads the profile's role credentials from instance metadata, so that role is reached by more than "the EC2
 * instances of the account". The EKS counterpart (a node role) is kubernetes.ts's nodeRoles.
 *
 * Read here, from @pulumi/aws 7 resources:
 * - ECS container instances: an ECS capacity provider's Auto Scaling group (autoScalingGroupProvider), an ECS
 *   Managed Instances capacity provider's instance profile (managedInstancesProvider.instanceLaunchTemplate
 *   .ec2InstanceProfileArn), and any launch template, launch configuration or instance whose user data sets
 *   ECS_CLUSTER (the agent joins that cluster: ECS developer guide, "Amazon ECS container agent configuration").
 *   Tasks in host network mode share the instance's network stack, so neither IMDSv2 nor a hop limit of 1 keeps
 *   them from the instance role (ECS developer guide, "Amazon EC2 container instance security considerations";
 *   "Amazon ECS task networking options for EC2").
 * - AWS Batch compute environments (computeResources.instanceRole: "the Amazon ECS instance profile applied to
 *   Amazon EC2 instances in a compute environment", AWS Batch user guide, "Amazon ECS instance role"); ECS-EC2 jobs
 *   run in host network mode (AWS Batch user guide, "Networking modes for AWS Batch jobs").
 * - EMR clusters (ec2Attributes.instanceProfile: the role of the cluster's instances, under which every step and
 *   application submitted to the cluster runs: EMR management guide, "Service role for cluster EC2 instances (EC2
 *   instance profile)").
 * - Image Builder infrastructure configurations (instanceProfileName: the profile of the build and test instances,
 *   which run every component of the recipes built with it, AWS-managed and shared ones included: CloudFormation
 *   reference, AWS::ImageBuilder::InfrastructureConfiguration InstanceProfileName; Image Builder user guide,
 *   "Manage components").
 * Elastic Beanstalk environments also take an instance profile, but they run the code of their own application
 * bundle, as the stack's own fleet does: not read here.
 *
 * And on every instance the stack launches (instanceProfileOpenings), a node or not, what its user data opens beside its
 * own software and its operators' key-based SSH (userDataReaders/shared.ts NodeOpening.anyInstance): instance metadata relayed or
 * proxied beyond loopback, a shell or an unauthenticated Docker API served on its network, password logins, user
 * data the pack cannot read. Instance metadata answers only software on the instance (AWS Security Blog, "Add defense
 * in depth against open firewalls, reverse proxies, and SSRF vulnerabilities with enhancements to the EC2 Instance
 * Metadata Service"), so whoever those let in holds the instance profile's role.
 */
import { parseArn } from "../model/arn";
import { providerAccount, resourceRegion, StackResource } from "../model/resources";
import { isUnknown, str, unverifiable } from "./raw";
import { userDataOpenings } from "./userData";

/** An instance profile, as a resource referencing it names it: ARN or name, or (a preview) the profile resource. */
interface ProfileRef {
    /** ARN or name as written. */
    value?: string;
    /** The stack's instance profile resource the value depends on (a first preview). */
    dep?: StackResource;
}

/** One compute resource whose instances run others' code with an instance profile's role. */
export interface SharedProfileUse {
    /** The stack role the instance profile holds. */
    role: { urn?: string; name?: string; account?: string };
    /** The account whose principals can run tasks or jobs there (the compute resource's account). */
    account?: string;
    /** The chain from the compute resource to the instance profile, for messages. */
    via: string;
    urn: string;
    /**
     * Set when whoever reaches the role is not the compute's account but anyone its user data lets in
     * (instanceProfileOpenings): who that is.
     */
    by?: string;
}

export const COMPUTE_TYPES = {
    instanceProfile: "aws:iam/instanceProfile:InstanceProfile",
    role: "aws:iam/role:Role",
    launchTemplate: "aws:ec2/launchTemplate:LaunchTemplate",
    launchConfiguration: "aws:ec2/launchConfiguration:LaunchConfiguration",
    instance: "aws:ec2/instance:Instance",
    spotInstanceRequest: "aws:ec2/spotInstanceRequest:SpotInstanceRequest",
    ec2Fleet: "aws:ec2/fleet:Fleet",
    spotFleetRequest: "aws:ec2/spotFleetRequest:SpotFleetRequest",
    asg: "aws:autoscaling/group:Group",
    capacityProvider: "aws:ecs/capacityProvider:CapacityProvider",
    batchEnvironment: "aws:batch/computeEnvironment:ComputeEnvironment",
    emrCluster: "aws:emr/cluster:Cluster",
    imageBuilderInfrastructure: "aws:imagebuilder/infrastructureConfiguration:InfrastructureConfiguration",
};
const TYPES = COMPUTE_TYPES;
/** What launches a group of instances, by type (Auto Scaling groups otherwise), for messages. */
export const launcherKind = (r: StackResource) =>
    r.type === TYPES.ec2Fleet
        ? "EC2 Fleet"
        : r.type === TYPES.spotFleetRequest
          ? "Spot Fleet request"
          : "Auto Scaling group";

const obj = (v: unknown): Record<string, unknown> | undefined =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const first = (v: unknown): Record<string, unknown> | undefined => obj(Array.isArray(v) ? v[0] : v);

/** Whether user data (plain or base64) sets the ECS agent's cluster. */
function setsEcsCluster(raw: string | undefined): boolean {
    if (raw === undefined) return false;
    const texts = [raw];
    if (/^[A-Za-z0-9+/=\s]+$/.test(raw)) texts.push(Buffer.from(raw, "base64").toString("utf8"));
    return texts.some(t => /ECS_CLUSTER\s*=/.test(t));
}

/**
 * The user data a launch template, launch configuration, instance or Spot request carries, as its reader takes it: a
 * launch template's userData is base64 by definition (EC2 API RequestLaunchTemplateData.UserData); an instance's or
 * launch configuration's userData is plain text, userDataBase64 is base64. `unknown`: the field unknown during a
 * preview.
 */
export function userDataOf(r: StackResource): { raw: { text: string; base64: boolean }[]; unknown?: string } {
    const fields = [
        { key: "userData", base64: r.type === TYPES.launchTemplate },
        { key: "userDataBase64", base64: true },
    ];
    return {
        raw: fields.flatMap(f => {
            const text = str(r.props, f.key);
            return text ? [{ text, base64: f.base64 }] : [];
        }),
        unknown: fields.find(f => isUnknown(r.props[f.key]))?.key,
    };
}

/**
 * Why the launch template version a launcher (a node group, an Auto Scaling group, a fleet, an instance) runs is not
 * the one the stack shows, or undefined. The stack shows a launch template's latest version; `$Latest`, an unknown
 * version (the template's own output) or its latest number run that. `$Default` (what an omitted version means) or a
 * number naming an older version run options (the instance profile among them) and user data the pack cannot see
 * (EC2 Auto Scaling API, LaunchTemplateSpecification.Version: "The version number, $Latest, or $Default ... The
 * default value is $Default"; EC2 API LaunchTemplateSpecification and FleetLaunchTemplateSpecification alike; EKS API
 * LaunchTemplateSpecification.version: the default version when none is given; each update of an
 * aws.ec2.LaunchTemplate creates a version, and the default moves only with updateDefaultVersion).
 */
export function unseenVersion(version: unknown, lt: StackResource): string | undefined {
    if (isUnknown(version)) return undefined;
    const named = version === undefined ? "$Default" : String(version);
    const latest = lt.props.latestVersion;
    const defaultVersion = lt.props.defaultVersion;
    const wanted = named === "$Default" ? defaultVersion : named;
    if (named === "$Latest" || isUnknown(latest) || latest === undefined) return undefined;
    if (String(wanted) === String(latest)) return undefined;
    return `runs version ${version === undefined ? "$Default (no version named)" : named}${named === "$Default" ? ` (${String(defaultVersion)})` : ""} of launch template ${lt.name}, while the stack shows its latest version ${String(latest)}: the options and user data of the version its instances run cannot be read (name version "$Latest" or the template's latestVersion)`;
}

/**
 * Lookups shared by sharedInstanceProfiles and kubernetes.ts (self-managed nodes): instance profile → stack role,
 * launch template/configuration → instance profile, Auto Scaling group → launch template/configuration.
 */
export function launchHelpers(resources: readonly StackResource[], unknown: string[] = []) {
    const of = (type: string) => resources.filter(r => r.type === type);
    const depOf = (r: StackResource, prop: string, type: string) =>
        (r.propertyDependencies?.[prop] ?? []).find(d => d.type === type);
    const lastSegment = (ref: string) => {
        const a = parseArn(ref);
        return a ? a.resource.split("/").pop() : ref;
    };

    /** The stack role an instance profile reference holds (profiles outside the stack hold a role it cannot see). */
    const roleOfProfile = (ref: ProfileRef, account: string | undefined): SharedProfileUse["role"] | undefined => {
        let profile = ref.dep;
        if (!profile && ref.value !== undefined) {
            const a = parseArn(ref.value);
            const name = lastSegment(ref.value)?.toLowerCase();
            const acct = a?.account || account;
            // Instance profile names are unique per account, ignoring case (IAM User Guide, "IAM identifiers").
            profile = of(TYPES.instanceProfile).find(
                p =>
                    str(p.props, "arn") === ref.value ||
                    (str(p.props, "name")?.toLowerCase() === name &&
                        (acct === undefined || providerAccount(p) === undefined || providerAccount(p) === acct)),
            );
        }
        if (!profile) return undefined;
        const roleName = str(profile.props, "role");
        const roleDep = depOf(profile, "role", TYPES.role);
        if (roleName === undefined && !roleDep) return undefined;
        return {
            urn: roleDep?.urn,
            name: roleName ? lastSegment(roleName) : undefined,
            account: providerAccount(profile),
        };
    };
    /** A profile reference: a known string at obj[key], else the stack's profile resource it depends on. */
    const profileRef = (
        r: StackResource,
        holder: Record<string, unknown> | undefined,
        key: string,
        topProp: string,
        what: string,
    ): ProfileRef | undefined => {
        const value = str(holder, key);
        if (value !== undefined) return { value };
        const dep = depOf(r, topProp, TYPES.instanceProfile);
        if (dep) return { dep };
        if (isUnknown(holder?.[key])) unknown.push(`${what} of ${r.name}`);
        return undefined;
    };

    // Launch templates, launch configurations, instances: their instance profile, and whether they join ECS.
    const launchProfile = (r: StackResource): ProfileRef | undefined => {
        if (r.type === TYPES.launchTemplate) {
            const p = first(r.props.iamInstanceProfile);
            const value = str(p, "arn") ?? str(p, "name");
            if (value !== undefined) return { value };
            const dep = depOf(r, "iamInstanceProfile", TYPES.instanceProfile);
            return dep ? { dep } : undefined;
        }
        return profileRef(r, r.props, "iamInstanceProfile", "iamInstanceProfile", "iamInstanceProfile");
    };
    const kindOf = (r: StackResource) =>
        r.type === TYPES.launchTemplate
            ? "launch template"
            : r.type === TYPES.launchConfiguration
              ? "launch configuration"
              : "EC2 instance";
    const launchTemplates = of(TYPES.launchTemplate);
    const launchConfigurations = of(TYPES.launchConfiguration);
    const groups = of(TYPES.asg);
    /**
     * Whether a stack launch template or configuration is one a launcher can name by name: launch template and launch
     * configuration names are unique only per account and Region (Auto Scaling API, CreateLaunchConfiguration: "This
     * name must be unique per Region per account"; launch templates likewise, kube-aws PR #1582), so the launcher's own
     * account and Region (its `region` argument in @pulumi/aws 7) hold the one it starts from; one of that name
     * elsewhere in the stack is another resource, and the launch is outside the stack (it fails closed).
     */
    const nameScopeOf = (launcher: StackResource, named: StackResource) =>
        providerAccount(named) === providerAccount(launcher) && resourceRegion(named) === resourceRegion(launcher);
    /** The stack launch template a launcher's specification names by id, or by name in the launcher's account and Region. */
    const templateNamed = (spec: unknown, launcher: StackResource): StackResource | undefined => {
        const id = str(spec, "id") ?? str(spec, "launchTemplateId");
        const name = str(spec, "name") ?? str(spec, "launchTemplateName");
        return launchTemplates.find(
            t =>
                (id !== undefined && (str(t.props, "id") === id || t.urn === id)) ||
                (name !== undefined && str(t.props, "name") === name && nameScopeOf(launcher, t)),
        );
    };
    /** A specification naming its launch template by a known id or name (not an output unknown during a preview). */
    const namesTemplate = (spec: unknown) =>
        (str(spec, "id") ?? str(spec, "launchTemplateId") ?? str(spec, "name") ?? str(spec, "launchTemplateName")) !==
        undefined;
    const baseSpecOfGroup = (g: StackResource): any =>
        first(g.props.launchTemplate) ??
        first(first(first(g.props.mixedInstancesPolicy)?.launchTemplate)?.launchTemplateSpecification);
    /**
     * The launch templates a mixed instances policy's overrides name for some instance types: those instances start
     * from that template, its instance profile and metadata options (Auto Scaling API, LaunchTemplateOverrides:
     * LaunchTemplateSpecification). `lt` is undefined for a template the stack does not create (in a preview, a reference
     * unknown until the stack creates it is the stack template the policy depends on).
     */
    type Override = { spec: any; lt?: StackResource; ref: string; unknown?: string };
    const overridesOfGroup = (g: StackResource): Override[] => {
        // Round 90 (fix): an override list, an override or its launchTemplateSpecification unknown during a preview
        // may name any launch template (Auto Scaling API LaunchTemplateOverrides.LaunchTemplateSpecification: "Provides
        // a launch template for the specified instance type or set of instance requirements"), inside the stack or
        // not, so its options and user data cannot be read: an entry with no template (`lt` undefined), which fails
        // closed as a template outside the stack does (kubernetes.ts, instanceProfileOpenings hiddenOf).
        const policy = g.props.mixedInstancesPolicy;
        const template = first(policy)?.launchTemplate;
        const overrides = first(template)?.overrides;
        const field = "mixedInstancesPolicy.launchTemplate.overrides";
        const unknownAt = isUnknown(policy)
            ? "mixedInstancesPolicy"
            : isUnknown(template)
              ? "mixedInstancesPolicy.launchTemplate"
              : isUnknown(overrides)
                ? field
                : undefined;
        if (unknownAt !== undefined) return [{ spec: undefined, ref: `(${unknownAt}, unknown)`, unknown: unknownAt }];
        const list: unknown[] = Array.isArray(overrides) ? overrides : [];
        const unread = list.flatMap((o: any, i): Override[] =>
            isUnknown(o) || isUnknown(o?.launchTemplateSpecification)
                ? [{ spec: undefined, ref: `(${field}[${i}], unknown)`, unknown: `${field}[${i}]` }]
                : [],
        );
        return list
            .map((o: any) => first(o?.launchTemplateSpecification))
            .filter((spec: unknown) => spec !== undefined && spec !== null)
            .map((spec: any): Override => ({
                spec,
                lt:
                    templateNamed(spec, g) ??
                    (namesTemplate(spec) ? undefined : depOf(g, "mixedInstancesPolicy", TYPES.launchTemplate)),
                ref:
                    str(spec, "launchTemplateName") ??
                    str(spec, "launchTemplateId") ??
                    (isUnknown(spec) ? "(unknown)" : "(unnamed)"),
            }))
            .concat(unread);
    };
    /**
     * A Spot Fleet request's legacy launch specifications, each as an instance of its own: an instance profile, a key
     * pair and user data (plain text, as the provider base64-encodes it), and no metadata options (EC2 API,
     * SpotFleetLaunchSpecification): the AMI's and account's defaults apply.
     */
    const launchSpecifications = (fleet: StackResource): StackResource[] => {
        const specs = fleet.props.launchSpecifications;
        return (Array.isArray(specs) ? specs : []).map((spec: any, i: number) => ({
            ...fleet,
            type: TYPES.instance,
            name: `${fleet.name} launch specification${specs.length > 1 ? ` ${i + 1}` : ""}`,
            props: {
                iamInstanceProfile: spec?.iamInstanceProfile ?? spec?.iamInstanceProfileArn,
                keyName: spec?.keyName,
                userData: spec?.userData,
                metadataOptions: undefined,
            },
            propertyDependencies: {},
        }));
    };
    /** The launch template specifications of an EC2 Fleet's or Spot Fleet's launch template configs. */
    const fleetSpecs = (fleet: StackResource): Record<string, unknown>[] => {
        const configs = fleet.props.launchTemplateConfigs;
        return (Array.isArray(configs) ? configs : []).flatMap((c: any) => {
            const spec = first(c?.launchTemplateSpecification);
            return spec ? [spec] : [];
        });
    };
    /** The stack launch templates an EC2 Fleet's or Spot Fleet's launch template configs name, with the version asked for. */
    const templatesOfFleet = (fleet: StackResource): { lt: StackResource; version?: string }[] =>
        fleetSpecs(fleet).flatMap(spec => {
            const lt = templateNamed(spec, fleet);
            return lt ? [{ lt, version: str(spec, "version") }] : [];
        });
    /**
     * The stack launch template or configuration an Auto Scaling group's base specification names, or (a preview:
     * a reference unknown until the stack creates it) the one it depends on; undefined for one outside the stack.
     */
    const launchOfGroup = (g: StackResource): StackResource | undefined => {
        const base = baseSpecOfGroup(g);
        const lt = templateNamed(base, g);
        if (lt) return lt;
        const lc = str(g.props, "launchConfiguration");
        const config = launchConfigurations.find(
            c => lc !== undefined && str(c.props, "name") === lc && nameScopeOf(g, c),
        );
        if (config) return config;
        if (namesTemplate(base) || lc !== undefined) return undefined;
        return (
            depOf(g, "launchTemplate", TYPES.launchTemplate) ??
            depOf(g, "mixedInstancesPolicy", TYPES.launchTemplate) ??
            depOf(g, "launchConfiguration", TYPES.launchConfiguration)
        );
    };
    /**
     * Every launch template or launch configuration a launcher's instances start from, as the launcher names it: a
     * lone instance's or Spot instance request's launchTemplate, an Auto Scaling group's base launch template or
     * launch configuration and its mixed instances overrides' templates, an EC2 Fleet's or Spot Fleet's launch
     * template configs. `launch` is the stack resource named (in a preview, the one an unknown reference depends on),
     * undefined for one outside the stack; `version` the template version asked for (the whole specification when it
     * is unknown).
     */
    const launchesOf = (
        r: StackResource,
    ): { what: string; launch?: StackResource; version?: unknown; unknown?: string }[] => {
        const template = (ref: string) => `launch template ${ref}`;
        const refOf = (spec: unknown) =>
            str(spec, "launchTemplateName") ??
            str(spec, "name") ??
            str(spec, "launchTemplateId") ??
            str(spec, "id") ??
            "(unknown)";
        const named = (spec: Record<string, unknown>, dep: StackResource | undefined) => ({
            what: template(refOf(spec)),
            launch: templateNamed(spec, r) ?? (namesTemplate(spec) ? undefined : dep),
            version: spec.version,
        });
        if (r.type === TYPES.instance || r.type === TYPES.spotInstanceRequest) {
            const whole = r.props.launchTemplate;
            const spec = first(whole);
            const dep = depOf(r, "launchTemplate", TYPES.launchTemplate);
            if (!spec) return dep ? [{ what: template(dep.name), launch: dep, version: whole }] : [];
            return [named(spec, dep)];
        }
        if (r.type === TYPES.asg) {
            const base = baseSpecOfGroup(r);
            const lc = str(r.props, "launchConfiguration");
            const launch = launchOfGroup(r);
            const what = lc !== undefined ? `launch configuration ${lc}` : template(launch?.name ?? refOf(base));
            return [
                ...(base || lc !== undefined || launch ? [{ what, launch, version: base?.version }] : []),
                ...overridesOfGroup(r).map(o => ({
                    what: template(o.ref),
                    launch: o.lt,
                    version: o.spec?.version,
                    unknown: o.unknown,
                })),
            ];
        }
        const dep = depOf(r, "launchTemplateConfigs", TYPES.launchTemplate);
        return fleetSpecs(r).map(spec => named(spec, dep));
    };
    return {
        of,
        depOf,
        roleOfProfile,
        profileRef,
        launchProfile,
        kindOf,
        launchOfGroup,
        templateNamed,
        baseSpecOfGroup,
        overridesOfGroup,
        launchSpecifications,
        templatesOfFleet,
        launchesOf,
        groups,
    };
}

/**
 * What the user data of every instance the stack launches opens beyond its own software and its operators' key-based
 * SSH (userDataReaders/shared.ts NodeOpening.anyInstance), each a use of its instance profile's role by whoever that lets in: launch
 * templates (whoever launches them: Auto Scaling groups and their overrides, fleets, instances, or RunInstances later)
 * and launch configurations; lone instances and Spot instance requests, with their own instance profile and user data
 * or else their launch template's (EC2 user guide, "Launch an instance from a launch template": parameters given at
 * launch override the template's); Spot Fleet launch specifications. A launcher running a template version the stack
 * does not show (an older version of a stack template: unseenVersion; any version of a template outside the stack)
 * takes from it a profile and user data the pack cannot read: whatever it does not give itself fails closed, any
 * instance profile of its account reached by whoever that user data lets in. A role that reaches no custody asset
 * stays outside custody (build.ts judges where the role leads). Node-only openings (the kubelet, data directories,
 * SSH keys onto a node's pods) are kubernetes.ts's.
 */
function instanceProfileOpenings(
    helpers: ReturnType<typeof launchHelpers>,
    use: (r: StackResource, ref: ProfileRef | undefined, via: string, by: string) => void,
): void {
    const { of, launchProfile, kindOf, launchesOf, groups } = helpers;
    const fleets = [...of(TYPES.ec2Fleet), ...of(TYPES.spotFleetRequest)];
    const lone = [...of(TYPES.instance), ...of(TYPES.spotInstanceRequest)];
    const launchers = [...groups, ...fleets, ...lone];
    const labelOf = (r: StackResource) => `${lone.includes(r) ? kindOf(r) : launcherKind(r)} ${r.name}`;
    /** What launches a launch template or configuration of the stack, for messages. */
    const launchersOf = (launch: StackResource) =>
        launchers.filter(r => launchesOf(r).some(l => l.launch === launch)).map(labelOf);
    /** Who gets the role of each profile in `profiles` through what `dataOf`'s user data opens. */
    const judge = (r: StackResource, profiles: (ProfileRef | undefined)[], dataOf: StackResource, chain: string) => {
        const { raw, unknown } = userDataOf(dataOf);
        const openings = userDataOpenings(raw).flatMap(o => (o.anyInstance ? [o.anyInstance] : []));
        if (unknown)
            openings.push({
                who: "whatever the user data sets",
                what: unverifiable(
                    unknown,
                    "what it opens on the instance (a relay of instance metadata, a served shell, password logins) cannot be read",
                ),
            });
        for (const o of openings) for (const ref of profiles) use(r, ref, `${chain}: ${o.what}`, o.who);
    };
    const launcherName = (r: StackResource) =>
        r.type === TYPES.instance
            ? "EC2 instance"
            : r.type === TYPES.spotInstanceRequest
              ? "Spot instance request"
              : launcherKind(r);
    /**
     * The instance profiles a launch template version the stack does not show may give its instances: any instance
     * profile of its account the stack shows. Versions are immutable and each holds its own parameters (EC2 user
     * guide, "Modify a launch template (manage launch template versions)"), so an older version keeps whatever profile
     * it was created with, and a template outside the stack may name any; EC2 launches an instance with an instance
     * profile of its own account, by ARN or name (EC2 API IamInstanceProfileSpecification).
     */
    const profilesOfAccount = (r: StackResource): ProfileRef[] =>
        of(TYPES.instanceProfile)
            .filter(p => {
                const [a, b] = [providerAccount(p), providerAccount(r)];
                return a === undefined || b === undefined || a === b;
            })
            .map(dep => ({ dep }));
    /**
     * A launcher whose instances run user data of a launch template version the stack does not show (`why`: an older
     * version of a stack template, unseenVersion, or a template outside the stack): it may open anything, so each
     * profile those instances may hold is reached by whoever it lets in.
     */
    const unseenData = (r: StackResource, why: string, profiles: ProfileRef[]) => {
        for (const ref of profiles)
            use(
                r,
                ref,
                `${launcherName(r)} ${r.name} ${why}: what that user data opens on the instances (a relay of instance metadata, a served shell, password logins) is unknown`,
                "whatever the unseen launch template version's user data lets in",
            );
    };
    /**
     * Why a launch (launchesOf) runs options and user data the stack does not show: an older version of a stack
     * template (unseenVersion), or a launch template or configuration outside the stack (any version, any profile).
     * A launch configuration of the stack is immutable, so what it shows is what runs.
     */
    const hiddenOf = (l: ReturnType<typeof launchesOf>[number]) =>
        l.unknown !== undefined
            ? `launches from the launch templates of ${unverifiable(l.unknown, "which launch templates its instances start from, with their options and user data, cannot be read")}`
            : !l.launch
              ? `launches from ${l.what}, not a resource of this stack: its options and user data cannot be read`
              : l.launch.type === TYPES.launchTemplate
                ? unseenVersion(l.version, l.launch)
                : undefined;
    for (const launch of [...of(TYPES.launchTemplate), ...of(TYPES.launchConfiguration)]) {
        const by = launchersOf(launch);
        judge(
            launch,
            [launchProfile(launch)],
            launch,
            `${by.length > 0 ? `${by.join(", ")} → ` : ""}${kindOf(launch)} ${launch.name}`,
        );
    }
    // Every launcher alike. Parameters given at launch override the template's, the rest come from the version
    // launched (EC2 API RunInstances LaunchTemplate; EC2 user guide, "Launch EC2 instances using a launch template");
    // only lone instances and Spot instance requests give an instance profile or user data of their own: an Auto
    // Scaling group's overrides and a fleet's set neither (Auto Scaling API LaunchTemplateOverrides; EC2 API
    // FleetLaunchTemplateOverridesRequest), so theirs come from the template version whole.
    for (const r of launchers) {
        const launches = launchesOf(r);
        const ownProfile = lone.includes(r) ? launchProfile(r) : undefined;
        const own = lone.includes(r) ? userDataOf(r) : { raw: [] };
        const ownData = own.raw.length > 0 || own.unknown !== undefined;
        const name = labelOf(r);
        if (launches.length === 0) {
            if (lone.includes(r)) judge(r, [ownProfile], r, name);
            continue;
        }
        const hidden = launches.flatMap(l => hiddenOf(l) ?? []);
        // Fail closed on what the instances take from each unseen version: any profile of the account, any user data.
        for (const why of hidden) {
            const profiles = ownProfile ? [ownProfile] : profilesOfAccount(r);
            if (!ownData) unseenData(r, why, profiles);
            else
                judge(
                    r,
                    profiles,
                    r,
                    ownProfile ? name : `${name} (its instance profile from the launch template: it ${why})`,
                );
        }
        // A lone instance on the shown version, with a profile or user data of its own: judged with the template's
        // other half (a group's or fleet's instances on a shown version are judged with the template above).
        const lt = launches[0].launch;
        if (hidden.length > 0 || !lone.includes(r) || !lt || (!ownProfile && !ownData)) continue;
        judge(r, [ownProfile ?? launchProfile(lt)], ownData ? r : lt, `${name} (launch template ${lt.name})`);
    }
    for (const fleet of of(TYPES.spotFleetRequest))
        for (const spec of helpers.launchSpecifications(fleet))
            judge(fleet, [launchProfile(spec)], spec, `${launcherKind(fleet)} ${fleet.name} → ${spec.name}`);
}

export function sharedInstanceProfiles(resources: readonly StackResource[]): {
    uses: SharedProfileUse[];
    unknown: string[];
} {
    const uses: SharedProfileUse[] = [];
    const unknown: string[] = [];
    const helpers = launchHelpers(resources, unknown);
    const { of, depOf, roleOfProfile, profileRef, launchProfile, kindOf, launchOfGroup, groups } = helpers;
    const use = (r: StackResource, ref: ProfileRef | undefined, via: string, by?: string) => {
        if (!ref) return;
        const account = providerAccount(r);
        const role = roleOfProfile(ref, account);
        if (role) uses.push({ role, account, via, urn: r.urn, ...(by !== undefined ? { by } : {}) });
    };
    instanceProfileOpenings(helpers, use);
    for (const r of [...of(TYPES.launchTemplate), ...of(TYPES.launchConfiguration), ...of(TYPES.instance)]) {
        const userData = [str(r.props, "userData"), str(r.props, "userDataBase64")];
        if (!userData.some(setsEcsCluster)) continue;
        use(
            r,
            launchProfile(r),
            `${kindOf(r)} ${r.name}'s user data sets ECS_CLUSTER: every ECS task placed on its container instances reads its instance profile's role from instance metadata`,
        );
    }

    // ECS capacity providers: their Auto Scaling group's launch template or configuration, or Managed Instances.
    for (const cp of of(TYPES.capacityProvider)) {
        const managed = first(first(cp.props.managedInstancesProvider)?.instanceLaunchTemplate);
        if (managed) {
            use(
                cp,
                profileRef(
                    cp,
                    managed,
                    "ec2InstanceProfileArn",
                    "managedInstancesProvider",
                    "managedInstancesProvider.instanceLaunchTemplate.ec2InstanceProfileArn",
                ),
                `ECS Managed Instances capacity provider ${cp.name} (ec2InstanceProfileArn): every ECS task placed on its instances reads the instance profile's role from instance metadata`,
            );
        }
        const provider = first(cp.props.autoScalingGroupProvider);
        if (!provider) continue;
        const asgArn = str(provider, "autoScalingGroupArn");
        const asgName = asgArn?.split("autoScalingGroupName/").pop();
        const group =
            groups.find(
                g =>
                    asgArn !== undefined &&
                    (str(g.props, "arn") === asgArn || (asgName !== undefined && str(g.props, "name") === asgName)),
            ) ?? depOf(cp, "autoScalingGroupProvider", TYPES.asg);
        if (!group) {
            if (isUnknown(provider.autoScalingGroupArn))
                unknown.push(`autoScalingGroupArn of ECS capacity provider ${cp.name}`);
            continue;
        }
        const launch = launchOfGroup(group);
        if (!launch) continue;
        use(
            cp,
            launchProfile(launch),
            `ECS capacity provider ${cp.name} → Auto Scaling group ${group.name} → ${kindOf(launch)} ${launch.name} (iamInstanceProfile): every ECS task placed on these container instances reads the instance profile's role from instance metadata`,
        );
    }

    // AWS Batch compute environments (EC2 or Spot: Fargate ones take no instance role).
    for (const ce of of(TYPES.batchEnvironment)) {
        const resources = first(ce.props.computeResources);
        if (!resources) continue;
        use(
            ce,
            profileRef(ce, resources, "instanceRole", "computeResources", "computeResources.instanceRole"),
            `AWS Batch compute environment ${ce.name} (computeResources.instanceRole): every job submitted to its queues runs on its instances in host network mode and reads the instance profile's role from instance metadata`,
        );
    }

    // EMR clusters.
    for (const c of of(TYPES.emrCluster)) {
        const attrs = first(c.props.ec2Attributes);
        if (!attrs) continue;
        use(
            c,
            profileRef(c, attrs, "instanceProfile", "ec2Attributes", "ec2Attributes.instanceProfile"),
            `EMR cluster ${c.name} (ec2Attributes.instanceProfile): every step and application submitted to the cluster runs as the instance profile's role`,
        );
    }

    // Image Builder build and test instances.
    for (const ib of of(TYPES.imageBuilderInfrastructure))
        use(
            ib,
            profileRef(ib, ib.props, "instanceProfileName", "instanceProfileName", "instanceProfileName"),
            `Image Builder infrastructure configuration ${ib.name} (instanceProfileName): every component of the recipes built with it runs on its build and test instances as the instance profile's role`,
        );
    return { uses, unknown };
}

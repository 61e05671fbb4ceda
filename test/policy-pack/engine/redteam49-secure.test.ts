// Red-team round 49 on false positives across the committed stacks (fresh eyes). Probed: SECURE variants a careful
// platform team writes beside the custody workloads, each with an insecure neighbour that must stay refused, where
// round 48 changed the rules: every launcher kind through one path (compute.ts launchesOf: Auto Scaling groups with
// mixed instances and Spot, overrides naming a second stack template, EC2 Fleet, Spot Fleet, Spot instance requests,
// launch configurations), cloud-init runcmd read as one script (a cd holding into the next item), write_files
// `append: true` and `>>` appends, loopback servers joined with the forwarders in front of them (nginx in front of
// gunicorn / a Node app, an SSH reverse tunnel), known clients (psql, redis-cli, vault kv) given a database host, and
// an extra EKS managed node group with clean nodeadm + cloud-config user data.
import { describeVariants, StackCase, find, Resources } from "./support";
import { ACCOUNT, beside } from "./awsCaseBuilders";
import { groupOfB, HARMLESS, instanceOfB, templateOfB, CALLER_ROLE } from "./callerInstanceBuilders";
import { al2023Nodes, cloudConfig, mime, nodeConfig } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const ROLE = "aws:iam/role:Role";
const B = ACCOUNT["cross-account"];
const SUBNETS = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"];

/** A launcher of account B (fleet, Spot request, launch configuration) made like the caller's role. */
const ofB = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    beside(r, "cross-account", type, name, inputs, find(r, ROLE, CALLER_ROLE));

/** The SSM + CloudWatch agent user data of the caller's fleet. */
const SSM = [
    "#!/bin/bash",
    "set -euo pipefail",
    "dnf -y install amazon-ssm-agent amazon-cloudwatch-agent",
    "systemctl enable --now amazon-ssm-agent",
    "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c ssm:AmazonCloudWatch-caller",
    "",
].join("\n");

const NGINX_TO = (upstream: string) => [
    "dnf -y install nginx",
    "cat > /etc/nginx/conf.d/app.conf <<'NGINXEOF'",
    "server {",
    "  listen 443 ssl;",
    "  ssl_certificate /etc/pki/tls/certs/app.crt;",
    "  ssl_certificate_key /etc/pki/tls/private/app.key;",
    "  location / {",
    `    proxy_pass ${upstream};`,
    "    proxy_set_header Host $host;",
    "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "  }",
    "}",
    "NGINXEOF",
    "systemctl enable --now nginx",
];

/** A mixed-instances Spot Auto Scaling group of account B on `base` with `overrides`. */
const spotGroup = (r: Resources, name: string, base: object, overrides: object[]) =>
    ofB(r, "aws:autoscaling/group:Group", name, {
        name,
        minSize: 2,
        maxSize: 6,
        vpcZoneIdentifiers: SUBNETS,
        capacityRebalance: true,
        mixedInstancesPolicy: {
            instancesDistribution: {
                onDemandBaseCapacity: 0,
                onDemandPercentageAboveBaseCapacity: 0,
                spotAllocationStrategy: "price-capacity-optimized",
            },
            launchTemplate: { launchTemplateSpecification: base, overrides },
        },
        tags: [{ key: "team", value: "caller", propagateAtLaunch: true }],
    });

/** An EC2 Fleet of account B on one launch template specification with instance type overrides. */
const fleetOfB = (r: Resources, name: string, spec: object) =>
    ofB(r, "aws:ec2/fleet:Fleet", name, {
        type: "maintain",
        launchTemplateConfigs: [
            {
                launchTemplateSpecification: spec,
                overrides: [
                    { instanceType: "t3.micro", subnetId: SUBNETS[0] },
                    { instanceType: "t3a.micro", subnetId: SUBNETS[1] },
                ],
            },
        ],
        targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 2 },
        spotOptions: { allocationStrategy: "price-capacity-optimized" },
    });

const CASES: StackCase[] = [
    // ---- every launcher kind (round 48: compute.ts launchesOf) ----
    {
        stack: "cross-account",
        name: "S1: a Spot Auto Scaling group (mixed instances, price-capacity-optimized, capacity rebalance) on the caller's template by launchTemplateId, version $Latest, three instance-type overrides",
        edit: r => {
            templateOfB(r, "caller-spot-lt", "lt-0aaaa4949bbbb0101", SSM, { latestVersion: 4, defaultVersion: 1 });
            spotGroup(r, "caller-spot-asg", { launchTemplateId: "lt-0aaaa4949bbbb0101", version: "$Latest" }, [
                { instanceType: "t3.micro" },
                { instanceType: "t3a.micro", weightedCapacity: "1" },
                { instanceType: "m5.large", weightedCapacity: "2" },
            ]);
        },
    },
    {
        stack: "cross-account",
        name: "S2: the same Spot group with a Graviton override naming a second stack template (arm64 AMI) by launchTemplateName, version $Latest",
        edit: r => {
            templateOfB(r, "caller-x86-lt", "lt-0aaaa4949bbbb0202", SSM);
            templateOfB(r, "caller-arm-lt", "lt-0aaaa4949bbbb0303", SSM, {
                imageId: "ami-0fedcba9876543210",
                instanceType: "t4g.micro",
                latestVersion: 2,
                defaultVersion: 2,
            });
            spotGroup(r, "caller-graviton-asg", { launchTemplateName: "caller-x86-lt", version: "$Latest" }, [
                { instanceType: "t3.micro" },
                {
                    instanceType: "t4g.micro",
                    launchTemplateSpecification: { launchTemplateName: "caller-arm-lt", version: "$Latest" },
                },
            ]);
        },
    },
    {
        stack: "cross-account",
        name: "S3: the Graviton override names no version of a template created with updateDefaultVersion (default = latest = 3)",
        edit: r => {
            templateOfB(r, "caller-x86b-lt", "lt-0aaaa4949bbbb0404", SSM);
            templateOfB(r, "caller-armb-lt", "lt-0aaaa4949bbbb0505", SSM, {
                imageId: "ami-0fedcba9876543210",
                updateDefaultVersion: true,
                latestVersion: 3,
                defaultVersion: 3,
            });
            spotGroup(
                r,
                "caller-graviton-default-asg",
                { launchTemplateId: "lt-0aaaa4949bbbb0404", version: "$Latest" },
                [
                    { instanceType: "t3.micro" },
                    {
                        instanceType: "t4g.micro",
                        launchTemplateSpecification: { launchTemplateId: "lt-0aaaa4949bbbb0505" },
                    },
                ],
            );
        },
    },
    {
        stack: "cross-account",
        name: 'I3: the Graviton override pinned to version "2" of a template whose latest is 3 (version 2\'s profile and user data unseen)',
        edit: r => {
            templateOfB(r, "caller-x86c-lt", "lt-0aaaa4949bbbb0606", SSM);
            templateOfB(r, "caller-armc-lt", "lt-0aaaa4949bbbb0707", SSM, { latestVersion: 3, defaultVersion: 3 });
            spotGroup(r, "caller-graviton-old-asg", { launchTemplateId: "lt-0aaaa4949bbbb0606", version: "$Latest" }, [
                { instanceType: "t3.micro" },
                {
                    instanceType: "t4g.micro",
                    launchTemplateSpecification: { launchTemplateId: "lt-0aaaa4949bbbb0707", version: "2" },
                },
            ]);
        },
        refused: /caller-graviton-old-asg|caller-armc-lt/,
    },
    {
        stack: "cross-account",
        name: "I3b: the Graviton override names a team template outside the stack (golden-arm64, $Latest)",
        edit: r => {
            templateOfB(r, "caller-x86d-lt", "lt-0aaaa4949bbbb0808", SSM);
            spotGroup(r, "caller-golden-asg", { launchTemplateId: "lt-0aaaa4949bbbb0808", version: "$Latest" }, [
                { instanceType: "t3.micro" },
                {
                    instanceType: "t4g.micro",
                    launchTemplateSpecification: { launchTemplateName: "golden-arm64", version: "$Latest" },
                },
            ]);
        },
        refused: /caller-golden-asg|golden-arm64/,
    },
    {
        stack: "cross-account",
        name: "S4: an EC2 Fleet (maintain, Spot, price-capacity-optimized) on the caller's template by launchTemplateId, version = its latest number, instance type and subnet overrides",
        edit: r => {
            templateOfB(r, "caller-fleet-lt", "lt-0aaaa4949bbbb0909", SSM, { latestVersion: 2, defaultVersion: 1 });
            fleetOfB(r, "caller-fleet", { launchTemplateId: "lt-0aaaa4949bbbb0909", version: "2" });
        },
    },
    {
        stack: "cross-account",
        name: 'I4: the same EC2 Fleet on version "$Default" (1) of that template whose latest is 2',
        edit: r => {
            templateOfB(r, "caller-fleet-old-lt", "lt-0aaaa4949bbbb1010", SSM, { latestVersion: 2, defaultVersion: 1 });
            fleetOfB(r, "caller-fleet-old", { launchTemplateId: "lt-0aaaa4949bbbb1010", version: "$Default" });
        },
        refused: /caller-fleet-old/,
    },
    {
        stack: "cross-account",
        name: "S5: a Spot Fleet request (capacity rebalance, lowestPrice) on the caller's template by id, version $Latest, with overrides",
        edit: r => {
            templateOfB(r, "caller-sfr-lt", "lt-0aaaa4949bbbb1111", SSM);
            ofB(r, "aws:ec2/spotFleetRequest:SpotFleetRequest", "caller-sfr", {
                iamFleetRole: `arn:aws:iam::${B}:role/aws-ec2-spot-fleet-tagging-role`,
                targetCapacity: 2,
                allocationStrategy: "lowestPrice",
                terminateInstancesWithExpiration: true,
                launchTemplateConfigs: [
                    {
                        launchTemplateSpecification: { id: "lt-0aaaa4949bbbb1111", version: "$Latest" },
                        overrides: [{ instanceType: "t3.micro" }, { instanceType: "t3a.micro", subnetId: SUBNETS[1] }],
                    },
                ],
            });
        },
    },
    {
        stack: "cross-account",
        name: "S6: a one-time Spot instance request with the caller's profile, IMDSv2 and the SSM/CloudWatch agent user data",
        edit: r =>
            void ofB(r, "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "caller-spot-once", {
                ami: "ami-0abcdef1234567890",
                instanceType: "t3.micro",
                spotType: "one-time",
                instanceInterruptionBehavior: "terminate",
                waitForFulfillment: true,
                iamInstanceProfile: "instance-role",
                metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
                userData: SSM,
                tags: { team: "caller", "patch-group": "caller-prod" },
            }),
    },
    {
        stack: "cross-account",
        name: "I6: the same Spot request serving a root shell with ttyd on every address (ttyd -p 7681 bash, no credential)",
        edit: r =>
            void ofB(r, "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "caller-spot-ttyd", {
                ami: "ami-0abcdef1234567890",
                instanceType: "t3.micro",
                spotType: "one-time",
                iamInstanceProfile: "instance-role",
                metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
                userData: `${SSM}dnf -y install ttyd\nnohup ttyd -p 7681 bash >/var/log/ttyd.log 2>&1 &\n`,
            }),
        refused: /caller-spot-ttyd/,
    },
    {
        stack: "cross-account",
        name: "S7: a legacy launch configuration (SSM user data, IMDSv2) and the Auto Scaling group on it, by its name",
        edit: r => {
            ofB(r, "aws:ec2/launchConfiguration:LaunchConfiguration", "caller-lc", {
                name: "caller-lc-20240601",
                imageId: "ami-0abcdef1234567890",
                instanceType: "t3.micro",
                iamInstanceProfile: "instance-role",
                metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
                userData: SSM,
            });
            ofB(r, "aws:autoscaling/group:Group", "caller-lc-asg", {
                name: "caller-lc-asg",
                minSize: 1,
                maxSize: 2,
                launchConfiguration: "caller-lc-20240601",
                vpcZoneIdentifiers: SUBNETS,
            });
        },
    },
    {
        stack: "cross-account",
        name: "I7: the launch configuration's user data forwards port 8080 to instance metadata (route_localnet, nat PREROUTING DNAT 169.254.169.254:80)",
        edit: r => {
            ofB(r, "aws:ec2/launchConfiguration:LaunchConfiguration", "caller-lc-dnat", {
                name: "caller-lc-dnat-20240601",
                imageId: "ami-0abcdef1234567890",
                instanceType: "t3.micro",
                iamInstanceProfile: "instance-role",
                userData: `${SSM}sysctl -w net.ipv4.ip_forward=1\niptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 169.254.169.254:80\n`,
            });
            ofB(r, "aws:autoscaling/group:Group", "caller-lc-dnat-asg", {
                name: "caller-lc-dnat-asg",
                minSize: 1,
                maxSize: 2,
                launchConfiguration: "caller-lc-dnat-20240601",
                vpcZoneIdentifiers: SUBNETS,
            });
        },
        refused: /caller-lc-dnat/,
    },
    {
        stack: "cross-account",
        name: 'S8: an instance on the caller\'s template by launchTemplateId, version "$Default" of a template created with updateDefaultVersion, with its own user data (SSM) and tags',
        edit: r => {
            templateOfB(r, "caller-default-lt", "lt-0aaaa4949bbbb1212", HARMLESS, {
                updateDefaultVersion: true,
                latestVersion: 5,
                defaultVersion: 5,
            });
            instanceOfB(r, "caller-on-default", SSM, {
                ami: undefined,
                iamInstanceProfile: undefined,
                launchTemplate: { id: "lt-0aaaa4949bbbb1212", version: "$Default" },
                tags: { Name: "caller-on-default", "patch-group": "caller-prod" },
            });
        },
    },
    {
        stack: "cross-account",
        name: "S9: the caller group on a base launchTemplate block { name, version $Latest } (groupOfB) with extra tags and instance refresh",
        edit: r => {
            templateOfB(r, "caller-refresh-lt", "lt-0aaaa4949bbbb1313", SSM, { latestVersion: 7, defaultVersion: 2 });
            const g = groupOfB(r, "caller-refresh-asg", { name: "caller-refresh-lt", version: "$Latest" });
            Object.assign(g.inputs, {
                instanceRefresh: { strategy: "Rolling", preferences: { minHealthyPercentage: 90 } },
                tags: [{ key: "team", value: "caller", propagateAtLaunch: true }],
            });
        },
    },
    // ---- user data as one script (round 48: runcmd in order, appends, copies) ----
    {
        stack: "cross-account",
        name: "S10: cloud-config runcmd cds into /opt/app, copies the app's env file from S3 into it, appends a setting with >> and enables the unit; write_files append: true adds a sysctl line",
        edit: r =>
            void instanceOfB(
                r,
                "caller-runcmd",
                [
                    "#cloud-config",
                    "packages: [amazon-ssm-agent]",
                    "write_files:",
                    "  - path: /etc/sysctl.d/99-caller.conf",
                    "    content: |",
                    "      net.ipv4.conf.all.rp_filter = 1",
                    "  - path: /etc/sysctl.d/99-caller.conf",
                    "    append: true",
                    "    content: |",
                    "      net.ipv4.ip_forward = 0",
                    "runcmd:",
                    "  - mkdir -p /opt/app",
                    "  - cd /opt/app",
                    "  - aws s3 cp s3://caller-artifacts/app/app.env ./app.env",
                    "  - echo 'LOG_LEVEL=info' >> app.env",
                    "  - [sysctl, --system]",
                    "  - [systemctl, enable, --now, amazon-ssm-agent]",
                    "",
                ].join("\n"),
            ),
    },
    {
        stack: "cross-account",
        name: "I10: the runcmd cds into /usr/local/bin, fetches socat there, and the next item runs ./socat relaying instance metadata on every address",
        edit: r =>
            void instanceOfB(
                r,
                "caller-runcmd-relay",
                [
                    "#cloud-config",
                    "runcmd:",
                    "  - cd /usr/local/bin",
                    "  - aws s3 cp s3://caller-artifacts/tools/socat ./socat",
                    "  - chmod +x socat",
                    "  - nohup ./socat TCP-LISTEN:8080,fork,bind=0.0.0.0 TCP:169.254.169.254:80 &",
                    "",
                ].join("\n"),
            ),
        refused: /caller-runcmd-relay/,
    },
    // ---- loopback servers behind forwarders (round 48) ----
    {
        stack: "cross-account",
        name: "S11: gunicorn on 127.0.0.1:8000 behind nginx on 443 with TLS (gunicorn's documented deployment)",
        edit: r =>
            void instanceOfB(
                r,
                "caller-gunicorn-nginx",
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    ...NGINX_TO("http://127.0.0.1:8000"),
                    "pip3 install gunicorn",
                    "cd /opt/app",
                    "nohup gunicorn --workers 3 --bind 127.0.0.1:8000 app:app >/var/log/app.log 2>&1 &",
                    "",
                ].join("\n"),
            ),
    },
    {
        stack: "cross-account",
        name: "S12: a Node.js app told HOST=127.0.0.1 PORT=3000 by its systemd unit's Environment=, behind nginx on 443",
        edit: r =>
            void instanceOfB(
                r,
                "caller-node-nginx",
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    ...NGINX_TO("http://127.0.0.1:3000"),
                    "cat > /etc/systemd/system/app.service <<'UNITEOF'",
                    "[Unit]",
                    "Description=caller app",
                    "[Service]",
                    "User=app",
                    "Environment=HOST=127.0.0.1",
                    "Environment=PORT=3000",
                    "ExecStart=/usr/bin/node /opt/app/server.js",
                    "Restart=always",
                    "[Install]",
                    "WantedBy=multi-user.target",
                    "UNITEOF",
                    "systemctl daemon-reload",
                    "systemctl enable --now app",
                    "",
                ].join("\n"),
            ),
    },
    {
        stack: "cross-account",
        name: "S13: a bootstrap script running known clients against the team's databases: psql -h from an SSM parameter, redis-cli -h an ElastiCache endpoint, vault kv get",
        edit: r =>
            void instanceOfB(
                r,
                "caller-clients",
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    "dnf -y install postgresql15 redis6",
                    'DB_HOST="$(aws ssm get-parameter --name /caller/db/host --query Parameter.Value --output text)"',
                    'PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id caller/db --query SecretString --output text)" psql -h "$DB_HOST" -U app -d app -c "select 1"',
                    "redis6-cli -h caller-cache.abc123.ng.0001.euw1.cache.amazonaws.com -p 6379 --tls ping",
                    "export VAULT_ADDR=https://vault.caller.example.com:8200",
                    "vault login -method=aws role=caller",
                    "vault kv get -field=api_key secret/caller/app > /dev/null",
                    "",
                ].join("\n"),
            ),
    },
    {
        stack: "cross-account",
        name: "S14: the app on 127.0.0.1:3000 published to the team's bastion by an SSH reverse tunnel (ssh -N -R 3000:127.0.0.1:3000: the bastion's loopback, GatewayPorts no)",
        edit: r =>
            void instanceOfB(
                r,
                "caller-reverse-tunnel",
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    "pip3 install gunicorn",
                    "cd /opt/app && nohup gunicorn --bind 127.0.0.1:3000 app:app >/var/log/app.log 2>&1 &",
                    "sudo -u ec2-user nohup ssh -N -o ExitOnForwardFailure=yes -R 3000:127.0.0.1:3000 tunnel@bastion.caller.example.com >/dev/null 2>&1 &",
                    "",
                ].join("\n"),
            ),
    },
    {
        stack: "cross-account",
        name: "I14: a no-token Jupyter on 127.0.0.1:8888 published on the instance's every address by a local ssh -g -L 0.0.0.0:9000:127.0.0.1:8888",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-ssh-g",
                [
                    "#!/bin/bash",
                    "pip3 install jupyterlab",
                    "nohup jupyter lab --allow-root --no-browser --ip=127.0.0.1 --port 8888 --IdentityProvider.token= &",
                    "nohup ssh -g -N -L 0.0.0.0:9000:127.0.0.1:8888 localhost &",
                    "",
                ].join("\n"),
            ),
        refused: /caller-jupyter-ssh-g/,
    },
    // Was a MISS (fixed in round 49): nginx on 443 fronts `flask run --debug` on 127.0.0.1:5000 started by root with
    // WERKZEUG_DEBUG_PIN=off: Werkzeug's debugger console (/console) evaluates Python as the server's user, with no
    // PIN, so whoever reaches port 443 runs code as root, reads instance-role's credentials from instance metadata and
    // through the access role the custody table and key. nginx keeps its default `Host: $proxy_host` (127.0.0.1:5000),
    // so Werkzeug 3.0.3+'s trusted_hosts check (CVE-2024-34069) passes. The pack accepts it: the Werkzeug/Flask
    // debugger is no served shell in userData.ts's server table, so the loopback join (loopbackJoin) finds nothing to
    // serve. Fix: read `flask run --debug`/`FLASK_DEBUG=1`/`app.run(debug=True)` and WERKZEUG_DEBUG_PIN=off as a served
    // shell (PIN on: a password login). Docs: Werkzeug "Debugging Applications" (Debugger PIN: "set WERKZEUG_DEBUG_PIN
    // to off"; "the debugger allows the execution of arbitrary code"), CVE-2024-34069 patch (trusted_hosts), nginx
    // proxy_set_header (default Host $proxy_host).
    {
        stack: "cross-account",
        name: "I11: gunicorn's neighbour: nginx on 443 in front of a Flask debug server on 127.0.0.1:5000 with WERKZEUG_DEBUG_PIN=off (Werkzeug's console runs Python as root)",
        edit: r =>
            void instanceOfB(
                r,
                "caller-flask-debug",
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    ...NGINX_TO("http://127.0.0.1:5000").filter(l => !l.includes("Host $host")),
                    "pip3 install flask",
                    "cd /opt/app",
                    "WERKZEUG_DEBUG_PIN=off nohup flask --app app run --debug --host 127.0.0.1 --port 5000 &",
                    "",
                ].join("\n"),
            ),
        refused: /caller-flask-debug/,
    },
    // Was a MISS (fixed in round 49): the same PIN-less Werkzeug debugger (flask run --debug, WERKZEUG_DEBUG_PIN=off,
    // root) on 0.0.0.0:5000 with no proxy at all is accepted too: anyone reaching port 5000 evaluates Python as root
    // (instance-role's credentials, then custody through the access role). Neither the server table nor the
    // unread-listener rule (explicit all-address --host) refuses it on the caller's instance. Fix as for I11 (a served
    // shell, or the unread all-address listener rule applied to every instance whose profile reaches custody). Docs:
    // Werkzeug "Debugging Applications" (Debugger PIN, WERKZEUG_DEBUG_PIN=off); Flask CLI "flask run --debug --host".
    {
        stack: "cross-account",
        name: "I11b: the same Flask debug server (WERKZEUG_DEBUG_PIN=off) told --host 0.0.0.0 directly",
        edit: r =>
            void instanceOfB(
                r,
                "caller-flask-debug-all",
                [
                    "#!/bin/bash",
                    "pip3 install flask",
                    "cd /opt/app",
                    "WERKZEUG_DEBUG_PIN=off nohup flask --app app run --debug --host 0.0.0.0 --port 5000 &",
                    "",
                ].join("\n"),
            ),
        refused: /caller-flask-debug-all/,
    },
    // Neighbours of I11: the debugger behind its PIN (printed to the server's output: a password login, as ttyd -c is,
    // still a Python console for whoever holds it; Werkzeug "Debugging Applications": "This feature is not meant to
    // entirely secure the debugger"), and `app.run(debug=True)` in a script user data writes (Flask API, Flask.run).
    {
        stack: "cross-account",
        name: "I11c: nginx on 443 in front of flask run --debug on 127.0.0.1:5000 with its PIN on (a password login to a Python console)",
        edit: r =>
            void instanceOfB(
                r,
                "caller-flask-debug-pin",
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    ...NGINX_TO("http://127.0.0.1:5000").filter(l => !l.includes("Host $host")),
                    "pip3 install flask",
                    "cd /opt/app",
                    "nohup flask --app app run --debug --host 127.0.0.1 --port 5000 &",
                    "",
                ].join("\n"),
            ),
        refused: /caller-flask-debug-pin/,
    },
    {
        stack: "cross-account",
        name: 'I11d: a script user data writes calling app.run(host="0.0.0.0", debug=True), run by python3',
        edit: r =>
            void instanceOfB(
                r,
                "caller-flask-app-run-debug",
                [
                    "#!/bin/bash",
                    "pip3 install flask",
                    "mkdir -p /opt/app",
                    "cat > /opt/app/serve.py <<'PY'",
                    "from app import app",
                    'app.run(host="0.0.0.0", port=5000, debug=True)',
                    "PY",
                    "nohup python3 /opt/app/serve.py &",
                    "",
                ].join("\n"),
            ),
        refused: /caller-flask-app-run-debug/,
    },
    {
        stack: "cross-account",
        name: "S11c: nginx on 443 in front of flask run --debug --no-debugger on 127.0.0.1:5000 (reloader only, no console)",
        edit: r =>
            void instanceOfB(
                r,
                "caller-flask-no-debugger",
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    ...NGINX_TO("http://127.0.0.1:5000"),
                    "pip3 install flask",
                    "cd /opt/app",
                    "nohup flask --app app run --debug --no-debugger --host 127.0.0.1 --port 5000 &",
                    "",
                ].join("\n"),
            ),
    },
    {
        stack: "cross-account",
        name: "S11b: gunicorn's neighbour: the Flask app on 127.0.0.1:5000 without --debug (PIN-less debugger off) behind nginx on 443",
        edit: r =>
            void instanceOfB(
                r,
                "caller-flask-nodebug",
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    ...NGINX_TO("http://127.0.0.1:5000"),
                    "pip3 install flask",
                    "cd /opt/app",
                    "nohup flask --app app run --host 127.0.0.1 --port 5000 &",
                    "",
                ].join("\n"),
            ),
    },
    // ---- an extra EKS node group with clean user data ----
    {
        stack: "dev",
        name: "S15: an extra dev managed node group (nodeadm NodeConfig with kubelet flags and labels, cloud-config with chrony to the Time Sync Service and a sysctl drop-in)",
        edit: r =>
            al2023Nodes(
                r,
                "batch-spot",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  kubelet:",
                            "    config:",
                            "      maxPods: 58",
                            "      shutdownGracePeriod: 30s",
                            "    flags:",
                            "      - --node-labels=workload=batch,lifecycle=spot",
                        ]),
                    },
                    cloudConfig([
                        "write_files:",
                        "  - path: /etc/chrony.d/aws-time-sync.sources",
                        "    content: |",
                        "      server 169.254.169.123 prefer iburst",
                        "  - path: /etc/sysctl.d/90-batch.conf",
                        "    content: |",
                        "      vm.max_map_count = 262144",
                        "runcmd:",
                        "  - [sysctl, --system]",
                        "  - [systemctl, restart, chronyd]",
                    ]),
                ]),
            ),
        config: c => nodePolicyConfig(c),
    },
    {
        stack: "dev",
        name: "I15: the same node group's runcmd copies the kubelet's kubeconfig to a world-readable /tmp/kubeconfig for a debugging helper",
        edit: r =>
            al2023Nodes(
                r,
                "batch-debug",
                mime([
                    { type: "application/node.eks.aws", body: nodeConfig([]) },
                    cloudConfig([
                        "runcmd:",
                        "  - cd /var/lib/kubelet",
                        "  - cp kubeconfig /tmp/kubeconfig",
                        "  - chmod 0644 /tmp/kubeconfig",
                    ]),
                ]),
            ),
        config: c => nodePolicyConfig(c),
        refused: /batch-debug/,
    },
];

describeVariants(
    "allowlist: red-team round 49, secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);

# generated from specs/heroku.yaml; do not edit
"""Heroku models: frozen attrs classes with lossless `from_dict`/`to_dict`.

Fields the spec does not list are kept in `additional_properties`; enum-like
fields are plain strings, so a value added by the provider never fails.
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from generator.runtime import model as _m


@_attrs.frozen(kw_only=True)
class NamedRef(_m.Model):
    """A reference to another Heroku resource by id and name.

    Attributes:
        id: UUID of the resource.
    """

    id: str | _m.Unset = _m.UNSET
    name: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class AppOwner(_m.Model):
    """The account that owns an app."""

    id: str | _m.Unset = _m.UNSET
    email: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Space(_m.Model):
    """A Private Space an app runs in.

    Attributes:
        shield: Whether the space is a Shield space.
    """

    id: str | _m.Unset = _m.UNSET
    name: str | _m.Unset = _m.UNSET
    shield: bool | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class App(_m.Model):
    """An app deployed on Heroku.

    Attributes:
        id: UUID of the app.
        name: Unique app name.
        region: Region the app runs in (`us`, `eu`, …).
        stack: Stack the app runs on (`heroku-24`, …).
        build_stack: Stack used for the next build.
        team: Team that owns the app, if any.
        git_url: Git remote to push to.
        web_url: Public URL of the app.
        maintenance: Whether maintenance mode is on.
        acm: Whether Automated Certificate Management is on.
        repo_size: Size of the Git repository in bytes.
        slug_size: Size of the current slug in bytes.
        released_at: Time of the latest release.
    """

    id: str | _m.Unset = _m.UNSET
    name: str | _m.Unset = _m.UNSET
    region: NamedRef | _m.Unset = _m.UNSET
    stack: NamedRef | _m.Unset = _m.UNSET
    build_stack: NamedRef | _m.Unset = _m.UNSET
    owner: AppOwner | _m.Unset = _m.UNSET
    team: NamedRef | None | _m.Unset = _m.UNSET
    space: Space | None | _m.Unset = _m.UNSET
    git_url: str | _m.Unset = _m.UNSET
    web_url: str | None | _m.Unset = _m.UNSET
    maintenance: bool | _m.Unset = _m.UNSET
    acm: bool | _m.Unset = _m.UNSET
    buildpack_provided_description: str | None | _m.Unset = _m.UNSET
    repo_size: int | None | _m.Unset = _m.UNSET
    slug_size: int | None | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    updated_at: str | _m.Unset = _m.UNSET
    released_at: str | None | _m.Unset = _m.UNSET
    archived_at: str | None | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class DynoRelease(_m.Model):
    """The release a dyno runs.

    Attributes:
        version: Release number (`v42` is 42).
    """

    id: str | _m.Unset = _m.UNSET
    version: int | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Dyno(_m.Model):
    """A running process of an app.

    Attributes:
        name: Process name, such as `web.1` or `run.2`.
        type: Process type from the Procfile (`web`, `worker`, `run`).
        command: Command that started the process.
        size: Dyno size (`Basic`, `standard-1X`, …).
        state: One of `crashed`, `down`, `idle`, `starting`, `up`.
        attach_url: Rendezvous URL of a one-off dyno.
    """

    id: str | _m.Unset = _m.UNSET
    name: str | _m.Unset = _m.UNSET
    type: str | _m.Unset = _m.UNSET
    command: str | _m.Unset = _m.UNSET
    size: str | _m.Unset = _m.UNSET
    state: str | _m.Unset = _m.UNSET
    attach_url: str | None | _m.Unset = _m.UNSET
    release: DynoRelease | _m.Unset = _m.UNSET
    app: NamedRef | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    updated_at: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class BillingEntity(_m.Model):
    """Who is billed for an add-on.

    Attributes:
        type: One of: `app`, `team`.
    """

    id: str | _m.Unset = _m.UNSET
    name: str | _m.Unset = _m.UNSET
    type: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class BilledPrice(_m.Model):
    """What an add-on costs.

    Attributes:
        cents: Price in cents per unit.
        contract: Whether the price is set by contract.
        unit: Billing unit, such as `month`.
    """

    cents: int | _m.Unset = _m.UNSET
    contract: bool | _m.Unset = _m.UNSET
    unit: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class AddOn(_m.Model):
    """An add-on attached to an app.

    Attributes:
        name: Globally unique add-on name.
        addon_service: The add-on service (`heroku-postgresql`, …).
        plan: The plan (`heroku-postgresql:essential-0`, …).
        app: App that is billed for the add-on.
        config_vars: Config vars the add-on sets on the app.
        state: One of: `provisioning`, `provisioned`, `deprovisioned`.
        provider_id: Id of the add-on at its provider.
        web_url: Dashboard of the add-on.
    """

    id: str
    name: str
    addon_service: NamedRef
    plan: NamedRef
    app: NamedRef
    billing_entity: BillingEntity
    billed_price: BilledPrice | None
    config_vars: list[str]
    state: str
    provider_id: str
    web_url: str | None
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Domain(_m.Model):
    """A hostname routed to an app.

    Attributes:
        kind: `heroku` for the app's own herokuapp.com name. One of: `heroku`, `custom`.
        cname: DNS target to point a custom domain at.
        status: State of the DNS check, such as `pending` or `succeeded`.
        acm_status: State of the managed certificate.
        sni_endpoint: Certificate endpoint serving the domain.
    """

    id: str | _m.Unset = _m.UNSET
    hostname: str | _m.Unset = _m.UNSET
    kind: str | _m.Unset = _m.UNSET
    cname: str | None | _m.Unset = _m.UNSET
    status: str | _m.Unset = _m.UNSET
    acm_status: str | None | _m.Unset = _m.UNSET
    acm_status_reason: str | None | _m.Unset = _m.UNSET
    sni_endpoint: NamedRef | None | _m.Unset = _m.UNSET
    app: NamedRef | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    updated_at: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class CollaboratorUser(_m.Model):
    """The account a collaborator stands for.

    Attributes:
        federated: Whether the account signs in through SSO.
    """

    id: str | _m.Unset = _m.UNSET
    email: str | _m.Unset = _m.UNSET
    federated: bool | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Permission(_m.Model):
    """A team app permission.

    Attributes:
        name: `view`, `deploy`, `operate` or `manage`.
    """

    name: str | _m.Unset = _m.UNSET
    description: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Collaborator(_m.Model):
    """An account that has access to an app.

    Attributes:
        role: One of: `admin`, `collaborator`, `member`, `owner`.
        permissions: Team permissions; empty for personal apps.
    """

    id: str
    user: CollaboratorUser
    role: str | None | _m.Unset = _m.UNSET
    permissions: list[Permission] | _m.Unset = _m.UNSET
    app: NamedRef
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Account(_m.Model):
    """The signed-in Heroku account.

    Attributes:
        verified: Whether the account has a verified billing method.
    """

    id: str | _m.Unset = _m.UNSET
    email: str | _m.Unset = _m.UNSET
    name: str | None | _m.Unset = _m.UNSET
    verified: bool | _m.Unset = _m.UNSET
    two_factor_authentication: bool | _m.Unset = _m.UNSET
    federated: bool | _m.Unset = _m.UNSET
    beta: bool | _m.Unset = _m.UNSET
    allow_tracking: bool | _m.Unset = _m.UNSET
    default_team: NamedRef | None | _m.Unset = _m.UNSET
    country_of_residence: str | None | _m.Unset = _m.UNSET
    last_login: str | None | _m.Unset = _m.UNSET
    suspended_at: str | None | _m.Unset = _m.UNSET
    delinquent_at: str | None | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    updated_at: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


_m.define(NamedRef, _m.FieldSpec("id", "id", _m.string), _m.FieldSpec("name", "name", _m.string))

_m.define(AppOwner, _m.FieldSpec("id", "id", _m.string), _m.FieldSpec("email", "email", _m.string))

_m.define(
    Space,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("shield", "shield", _m.boolean),
)

_m.define(
    App,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("region", "region", NamedRef.from_dict),
    _m.FieldSpec("stack", "stack", NamedRef.from_dict),
    _m.FieldSpec("build_stack", "build_stack", NamedRef.from_dict),
    _m.FieldSpec("owner", "owner", AppOwner.from_dict),
    _m.FieldSpec("team", "team", _m.nullable(NamedRef.from_dict)),
    _m.FieldSpec("space", "space", _m.nullable(Space.from_dict)),
    _m.FieldSpec("git_url", "git_url", _m.string),
    _m.FieldSpec("web_url", "web_url", _m.nullable(_m.string)),
    _m.FieldSpec("maintenance", "maintenance", _m.boolean),
    _m.FieldSpec("acm", "acm", _m.boolean),
    _m.FieldSpec(
        "buildpack_provided_description",
        "buildpack_provided_description",
        _m.nullable(_m.string),
    ),
    _m.FieldSpec("repo_size", "repo_size", _m.nullable(_m.integer)),
    _m.FieldSpec("slug_size", "slug_size", _m.nullable(_m.integer)),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("updated_at", "updated_at", _m.string),
    _m.FieldSpec("released_at", "released_at", _m.nullable(_m.string)),
    _m.FieldSpec("archived_at", "archived_at", _m.nullable(_m.string)),
)

_m.define(
    DynoRelease,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("version", "version", _m.integer),
)

_m.define(
    Dyno,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("type", "type", _m.string),
    _m.FieldSpec("command", "command", _m.string),
    _m.FieldSpec("size", "size", _m.string),
    _m.FieldSpec("state", "state", _m.string),
    _m.FieldSpec("attach_url", "attach_url", _m.nullable(_m.string)),
    _m.FieldSpec("release", "release", DynoRelease.from_dict),
    _m.FieldSpec("app", "app", NamedRef.from_dict),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("updated_at", "updated_at", _m.string),
)

_m.define(
    BillingEntity,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("type", "type", _m.string),
)

_m.define(
    BilledPrice,
    _m.FieldSpec("cents", "cents", _m.integer),
    _m.FieldSpec("contract", "contract", _m.boolean),
    _m.FieldSpec("unit", "unit", _m.string),
)

_m.define(
    AddOn,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("addon_service", "addon_service", NamedRef.from_dict, required=True),
    _m.FieldSpec("plan", "plan", NamedRef.from_dict, required=True),
    _m.FieldSpec("app", "app", NamedRef.from_dict, required=True),
    _m.FieldSpec("billing_entity", "billing_entity", BillingEntity.from_dict, required=True),
    _m.FieldSpec("billed_price", "billed_price", _m.nullable(BilledPrice.from_dict), required=True),
    _m.FieldSpec("config_vars", "config_vars", _m.list_of(_m.string), required=True),
    _m.FieldSpec("state", "state", _m.string, required=True),
    _m.FieldSpec("provider_id", "provider_id", _m.string, required=True),
    _m.FieldSpec("web_url", "web_url", _m.nullable(_m.string), required=True),
    _m.FieldSpec("created_at", "created_at", _m.string, required=True),
    _m.FieldSpec("updated_at", "updated_at", _m.string, required=True),
)

_m.define(
    Domain,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("hostname", "hostname", _m.string),
    _m.FieldSpec("kind", "kind", _m.string),
    _m.FieldSpec("cname", "cname", _m.nullable(_m.string)),
    _m.FieldSpec("status", "status", _m.string),
    _m.FieldSpec("acm_status", "acm_status", _m.nullable(_m.string)),
    _m.FieldSpec("acm_status_reason", "acm_status_reason", _m.nullable(_m.string)),
    _m.FieldSpec("sni_endpoint", "sni_endpoint", _m.nullable(NamedRef.from_dict)),
    _m.FieldSpec("app", "app", NamedRef.from_dict),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("updated_at", "updated_at", _m.string),
)

_m.define(
    CollaboratorUser,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("email", "email", _m.string),
    _m.FieldSpec("federated", "federated", _m.boolean),
)

_m.define(
    Permission,
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("description", "description", _m.string),
)

_m.define(
    Collaborator,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("user", "user", CollaboratorUser.from_dict, required=True),
    _m.FieldSpec("role", "role", _m.nullable(_m.string)),
    _m.FieldSpec("permissions", "permissions", _m.list_of(Permission.from_dict)),
    _m.FieldSpec("app", "app", NamedRef.from_dict, required=True),
    _m.FieldSpec("created_at", "created_at", _m.string, required=True),
    _m.FieldSpec("updated_at", "updated_at", _m.string, required=True),
)

_m.define(
    Account,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("email", "email", _m.string),
    _m.FieldSpec("name", "name", _m.nullable(_m.string)),
    _m.FieldSpec("verified", "verified", _m.boolean),
    _m.FieldSpec("two_factor_authentication", "two_factor_authentication", _m.boolean),
    _m.FieldSpec("federated", "federated", _m.boolean),
    _m.FieldSpec("beta", "beta", _m.boolean),
    _m.FieldSpec("allow_tracking", "allow_tracking", _m.boolean),
    _m.FieldSpec("default_team", "default_team", _m.nullable(NamedRef.from_dict)),
    _m.FieldSpec("country_of_residence", "country_of_residence", _m.nullable(_m.string)),
    _m.FieldSpec("last_login", "last_login", _m.nullable(_m.string)),
    _m.FieldSpec("suspended_at", "suspended_at", _m.nullable(_m.string)),
    _m.FieldSpec("delinquent_at", "delinquent_at", _m.nullable(_m.string)),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("updated_at", "updated_at", _m.string),
)

using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>format.md's object shapes, as data the shape validator walks.</summary>
internal static class FormatSpecs
{
    public static readonly string[] FieldTypes =
    [
        "int", "text", "decimal", "bool", "timestamp", "date", "email", "password", "enum", "uuid", "json", "object",
        "image", "attachment", "audio", "video", "vector", "geo_point", "geo_linestring", "geo_polygon",
        "geo_multipoint", "geo_multilinestring", "geo_multipolygon",
    ];

    public static readonly string[] IndexTypes = ["primary", "btree", "btree|unique", "gin", "gist", "hash", "search", "vector"];
    public static readonly string[] Verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    public static readonly string[] TriggerActions = ["insert", "update", "delete", "truncate"];
    public static readonly string[] Styles = ["single", "list"];

    private static readonly PropertySpec Schema = new("$schema", JsonKind.String);
    private static readonly PropertySpec Guid = new("guid", JsonKind.String, Required: true);
    private static readonly PropertySpec Name = new("name", JsonKind.String, Required: true);
    private static readonly PropertySpec Description = new("description", JsonKind.String);

    public static readonly ObjectSpec WorkspaceInfo = new("workspace.json", [Schema, Guid, Name, Description, new("format", JsonKind.String, Allowed: ["json", Formats.WorkspaceFormats.XanoScript])]);

    public static readonly ObjectSpec Field = new("field",
    [
        new("name", JsonKind.String, Required: true),
        new("type", JsonKind.String, Required: true, Allowed: FieldTypes),
        new("table", JsonKind.String),
        new("values", JsonKind.Array),
        new("size", JsonKind.Integer),
        new("style", JsonKind.String, Allowed: Styles),
        new("required", JsonKind.Boolean),
        new("nullable", JsonKind.Boolean),
        new("default", JsonKind.Any),
        new("sensitive", JsonKind.Boolean),
        new("description", JsonKind.String),
        new("fields", JsonKind.Array),
    ]);

    public static readonly ObjectSpec Index = new("index",
    [
        new("type", JsonKind.String, Required: true, Allowed: IndexTypes),
        new("fields", JsonKind.Array, Required: true),
    ]);

    // Steps carry op-specific parameters (value, url, if, list...), so only the properties that matter for identity and references are checked.
    public static readonly ObjectSpec Step = new("step",
    [
        new("op", JsonKind.String, Required: true, Allowed: StepOps.All.Select(o => o.Op).ToArray()),
        new("as", JsonKind.String),
        new("table", JsonKind.String),
        new("function", JsonKind.String),
        new("addon", JsonKind.String),
        new("addons", JsonKind.Array),
        new("then", JsonKind.Array),
        new("else", JsonKind.Array),
        new("steps", JsonKind.Array),
    ], AllowUnknown: true);

    public static readonly ObjectSpec Schedule = new("schedule",
    [
        new("start", JsonKind.String, Required: true),
        new("every", JsonKind.String, Required: true),
    ]);

    private static readonly PropertySpec[] Stack =
    [
        new("inputs", JsonKind.Array),
        new("steps", JsonKind.Array, Required: true),
        new("response", JsonKind.Any),
    ];

    public static ObjectSpec For(ItemKind kind) => kind switch
    {
        ItemKind.Table => new("table", [Schema, Guid, Name, Description, new("fields", JsonKind.Array, Required: true), new("indexes", JsonKind.Array)]),
        ItemKind.ApiGroup => new("API group", [Schema, Guid, Name, Description, new("tags", JsonKind.Array)]),
        ItemKind.Api => new("API endpoint", [Schema, Guid, Name, Description, new("verb", JsonKind.String, Required: true, Allowed: Verbs), new("path", JsonKind.String, Required: true), new("auth", JsonKind.String), new("tags", JsonKind.Array), .. Stack]),
        ItemKind.Function => new("function", [Schema, Guid, Name, Description, new("tags", JsonKind.Array), .. Stack]),
        ItemKind.Addon => new("addon", [Schema, Guid, Name, Description, new("table", JsonKind.String, Required: true), .. Stack]),
        ItemKind.Task => new("task", [Schema, Guid, Name, Description, new("active", JsonKind.Boolean), new("schedule", JsonKind.Object), .. Stack]),
        ItemKind.Trigger => new("trigger", [Schema, Guid, Name, Description, new("table", JsonKind.String, Required: true), new("actions", JsonKind.Array, Required: true), .. Stack]),
        // The kinds XanoScript added have no shape of their own in the JSON format (convert writes them there): identity only.
        _ => new(kind.DisplayName(), [Schema, Guid, Name, Description], AllowUnknown: true),
    };
}

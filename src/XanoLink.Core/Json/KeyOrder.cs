namespace XanoLink.Json;

/// <summary>
/// The canonical order of known keys, by where an object sits. Keys a context does not know keep the
/// order they were written in, after the known ones: user data (a response shape, a step's value)
/// is never reordered, and writing twice gives the same bytes.
/// </summary>
internal static class KeyOrder
{
    public static readonly string[] Root =
    [
        "$schema", "guid", "name", "description",
        "verb", "path", "auth", "table", "active", "schedule", "actions", "tags",
        "fields", "indexes", "inputs", "steps", "response",
        "include", "records", "autoIncludeDependencies", "tenants", "publish",
    ];

    public static readonly string[] Field =
        ["name", "type", "table", "values", "size", "style", "required", "nullable", "default", "sensitive", "description", "fields"];

    public static readonly string[] Index = ["type", "fields"];

    public static readonly string[] Step =
        ["op", "as", "table", "function", "addon", "addons", "var", "url", "method", "if", "then", "else", "list", "steps", "value"];

    public static readonly string[] Schedule = ["start", "every"];

    public static readonly string[] Include = ["apis", "functions", "addons", "tasks", "triggers", "tables"];

    public static readonly string[] Tenant = ["name", "repository"];

    public static readonly string[] Publish = ["branch", "merge", "setLive"];

    public static readonly string[] Record = ["id"];

    /// <summary>The order for an object reached through <paramref name="property"/> (null at the root); null keeps written order.</summary>
    public static string[]? For(string? property, bool inArray, bool atRoot) => (property, inArray) switch
    {
        (null, _) when atRoot => Root,
        ("fields" or "inputs", true) => Field,
        ("indexes", true) => Index,
        ("steps" or "then" or "else", true) => Step,
        ("schedule", false) => Schedule,
        ("include", false) => Include,
        ("tenants", true) => Tenant,
        ("publish", false) => Publish,
        _ => null,
    };
}

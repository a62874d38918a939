namespace XanoLink.Model;

/// <summary>A step op, the words a diff uses for it, and which of its properties name other objects.</summary>
public sealed record StepOp(string Op, string DisplayName, string? TableProperty = null, string? AddonProperty = null, string? FunctionProperty = null, bool AddonsList = false)
{
    public bool Nests => Op is "conditional" or "foreach";
}

/// <summary>The step ops of format.md.</summary>
public static class StepOps
{
    public static IReadOnlyList<StepOp> All { get; } =
    [
        new("db.query", "Query All Records", TableProperty: "table", AddonsList: true),
        new("db.get", "Get Record", TableProperty: "table", AddonsList: true),
        new("db.add", "Add Record", TableProperty: "table"),
        new("db.edit", "Edit Record", TableProperty: "table"),
        new("db.add_or_edit", "Add Or Edit Record", TableProperty: "table"),
        new("db.delete", "Delete Record", TableProperty: "table"),
        new("addon.call", "Addon", AddonProperty: "addon"),
        new("var.create", "Create Variable"),
        new("var.update", "Update Variable"),
        new("api.request", "API Request"),
        new("function.run", "Custom Function", FunctionProperty: "function"),
        new("conditional", "Conditional"),
        new("foreach", "For Each Loop"),
        new("return", "Return"),
    ];

    /// <summary>Properties of a step that hold nested steps.</summary>
    public static IReadOnlyList<string> NestedStepProperties { get; } = ["then", "else", "steps"];

    public static StepOp? Find(string? op) => All.FirstOrDefault(o => o.Op == op);

    /// <summary>The display name of an op, or the op itself when it is unknown.</summary>
    public static string DisplayName(string? op) => Find(op)?.DisplayName ?? op ?? "step";
}

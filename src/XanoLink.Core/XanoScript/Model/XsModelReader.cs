using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.XanoScript.Syntax;

namespace XanoLink.XanoScript.Model;

/// <summary>
/// Syntax to XanoLink's object model (docs/xanoscript.md): a construct becomes a JObject with "name", "inputs",
/// "fields", "indexes", "steps", "response" and its other attributes as properties; a statement becomes a step with
/// "op", its first line's parts under the JSON format's names ("table", "function", "as", "var", ...), its
/// attributes, and nested statements under "steps" (conditionals: "then"/"else"; loops fold their each block).
/// A statement or construct it does not know is kept as its exact text ("xs") with a warning. <see cref="XsModelWriter"/>
/// is the inverse.
/// </summary>
internal sealed class XsModelReader(string path, string text)
{
    public List<XsError> Warnings { get; } = [];

    /// <summary>Where each construct, step, field and property value of the last document read starts.</summary>
    public Dictionary<JToken, SourcePosition> Positions { get; private set; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The model of one document.</summary>
    public JObject Document(XsDocumentSyntax document)
    {
        Positions = new Dictionary<JToken, SourcePosition>(ReferenceEqualityComparer.Instance);
        var root = document.Root;
        JObject model;
        if (!XsCatalog.Constructs.Contains(root.Keyword))
        {
            Warn(DiagnosticCatalog.XsUnknownConstruct, root.Pos, $"'{root.Keyword}' is not a construct XanoLink knows; it is kept exactly as written, but not checked or diffed item by item");
            model = OpaqueDocument(root);
        }
        else
        {
            model = Construct(root) ?? OpaqueDocument(root, warn: true);
        }

        AddComments(model, XsKeys.AfterDocument, document.EndComments);
        Note(model, root.Pos);
        return model;
    }

    /// <summary>Adds a property and notes where its value was written.</summary>
    private JToken Add(JObject owner, string key, JToken value, XsPos pos)
    {
        owner.Add(key, value);
        var added = owner[key]!;
        Positions.TryAdd(added, new SourcePosition(path, pos.Line, pos.Column));
        return added;
    }

    private void Note(JToken token, XsPos pos) => Positions[token] = new SourcePosition(path, pos.Line, pos.Column);

    private void Warn(DiagnosticDescriptor descriptor, XsPos pos, string message) => Warnings.Add(new XsError(descriptor, pos, message));

    private JObject OpaqueDocument(XsNode root, bool warn = false)
    {
        if (warn)
        {
            Warn(DiagnosticCatalog.XsUnexpectedShape, root.Pos, $"this '{root.Keyword}' has a first line or body XanoLink does not expect; it is kept exactly as written, but not checked or diffed item by item");
        }

        var model = new JObject();
        AddComments(model, XsKeys.Comment, root.Comments);
        if (root.Args.FirstOrDefault(a => a.Kind == XsArgKind.Name) is { } name)
        {
            model.Add("name", name.Text);
        }

        model.Add(XsKeys.Opaque, SourceOf(root));
        AddEndOfLine(model, XsKeys.EndOfLine, root.EndComment);
        return model;
    }

    /// <summary>A node's exact text, relative to the indentation of its first line.</summary>
    private string SourceOf(XsNode member)
    {
        var end = member.End;
        while (end > member.Start && (XsCursor.IsSpace(text[end - 1]) || text[end - 1] == '\n'))
        {
            end--;
        }

        return XsStrings.Relative(text.AsSpan(member.Start, end - member.Start), member.Indent);
    }

    private static void AddComments(JObject owner, string key, List<string>? comments)
    {
        if (comments is not null)
        {
            owner.Add(key, string.Join("\n", comments));
        }
    }

    private static void AddEndOfLine(JObject owner, string key, string? comment)
    {
        if (comment is not null)
        {
            owner.Add(key, comment);
        }
    }

    private JObject? Construct(XsNode root)
    {
        if (root.Body is null || root.Disabled || root.As is not null || root.Break)
        {
            return null;
        }

        var model = new JObject();
        AddComments(model, XsKeys.Comment, root.Comments);
        var natives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in root.Args)
        {
            var key = arg.Kind switch
            {
                XsArgKind.Name => "name",
                XsArgKind.KeyValue => arg.Key!,
                _ => null,
            };
            if (key is null || XsKeys.IsSpecial(key) || !natives.Add(key))
            {
                return null;
            }

            Add(model, key, arg.Text, root.Pos);
        }

        // Which members become the model's own lists, decided first so an attribute of the same name is escaped.
        var roles = new Dictionary<XsMember, string>();
        JArray? indexes = null;
        foreach (var member in root.Body.Members)
        {
            switch (member)
            {
                case XsNode { Keyword: "input" } node when IsPlainBlock(node) && natives.Add("inputs"):
                    roles[member] = "inputs";
                    break;
                case XsNode { Keyword: "schema" } node when IsPlainBlock(node) && natives.Add("fields"):
                    roles[member] = "fields";
                    break;
                case XsNode { Keyword: "stack" } node when IsPlainBlock(node) && node.Body!.Members.TrueForAll(m => m is XsNode) && natives.Add("steps"):
                    roles[member] = "steps";
                    break;
                case XsNode { Keyword: "test" } node when node.Args is [{ Kind: XsArgKind.Name }]:
                    natives.Add("tests");
                    roles[member] = "tests";
                    break;
                case XsAttribute { Name: "index" } attribute when root.Keyword == "table" && indexes is null && XsIndexes.Read(attribute.Value) is { } read:
                    indexes = read;
                    natives.Add("indexes");
                    roles[member] = "indexes";
                    break;
            }
        }

        var unknown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in root.Body.Members)
        {
            roles.TryGetValue(member, out var role);
            switch (role)
            {
                case "inputs" or "fields":
                    {
                        var node = (XsNode)member;
                        AddComments(model, XsKeys.Comment + role, member.Comments);
                        Add(model, role, Declarations(node.Body!, model, role), member.Pos);
                        AddEndOfLine(model, XsKeys.EndOfLine + role, member.EndComment);
                        break;
                    }

                case "steps":
                    {
                        var node = (XsNode)member;
                        AddComments(model, XsKeys.Comment + role, member.Comments);
                        Add(model, role, Statements(node.Body!, model, role), member.Pos);
                        AddEndOfLine(model, XsKeys.EndOfLine + role, member.EndComment);
                        break;
                    }

                case "tests":
                    if (model["tests"] is not JArray tests)
                    {
                        tests = [];
                        model.Add("tests", tests);
                    }

                    tests.Add(Step((XsNode)member));
                    break;
                case "indexes":
                    AddComments(model, XsKeys.Comment + role, member.Comments);
                    Add(model, role, indexes!, member.Pos);
                    AddEndOfLine(model, XsKeys.EndOfLine + role, member.EndComment);
                    break;
                default:
                    Member(member, model, natives, unknown, root.Keyword);
                    break;
            }
        }

        AddComments(model, XsKeys.BlockEnd, root.Body.EndComments);
        AddEndOfLine(model, XsKeys.EndOfLine, root.EndComment);
        return model;
    }

    /// <summary>A block with nothing on its first line: <c>input { ... }</c>.</summary>
    private static bool IsPlainBlock(XsNode node) =>
        node.Args.Count == 0 && node.Body is not null && !node.Disabled && node.As is null && !node.Break;

    /// <summary>An attribute (a property), or a block XanoLink does not know in this place (kept as text).</summary>
    private void Member(XsMember member, JObject owner, HashSet<string> natives, Dictionary<string, int> unknown, string where)
    {
        string key;
        JToken value;
        string? layout = null;
        switch (member)
        {
            case XsAttribute attribute:
                key = XsKeys.AttributeKey(attribute.Name, k => natives.Contains(k) || owner.ContainsKey(k));
                value = XsValues.Encode(attribute.Value, XsContext.Attribute);
                if (value is JValue { Type: JTokenType.String } s && ((string)s!).StartsWith("$=", StringComparison.Ordinal)
                    && XsValues.EncodeInOtherLayout(attribute.Value) is { } other)
                {
                    value = other.Value;
                    layout = other.Layout;
                }

                break;
            case XsNode node:
                {
                    var n = unknown.GetValueOrDefault(node.Keyword) + 1;
                    unknown[node.Keyword] = n;
                    key = XsKeys.UnknownBlock + node.Keyword + (n > 1 ? XsKeys.UnknownBlock + n : "");
                    value = SourceOf(node);
                    Warn(DiagnosticCatalog.XsUnknownStatement, member.Pos, $"'{node.Keyword}' is not a block XanoLink knows in a {where}; it is kept exactly as written, but not checked or diffed item by item");
                    break;
                }

            default:
                // The parser reads declarations only inside input, schema and output blocks.
                throw new InvalidOperationException("A declaration outside a declaration block.");
        }

        AddComments(owner, XsKeys.Comment + key, member.Comments);
        AddEndOfLine(owner, XsKeys.Layout + key, layout);
        Add(owner, key, value, member.Pos);
        AddEndOfLine(owner, XsKeys.EndOfLine + key, member.EndComment);
    }

    private JArray Declarations(XsBody body, JObject owner, string key) => Members(body, owner, key, member => Field((XsDeclaration)member));

    private JObject Field(XsDeclaration declaration)
    {
        var field = new JObject();
        Note(field, declaration.Pos);
        AddComments(field, XsKeys.Comment, declaration.Comments);
        if (declaration.Name is not null)
        {
            Add(field, "name", declaration.Name, declaration.Pos);
        }

        field.Add("type", declaration.Type);
        if (declaration.List is not null)
        {
            field.Add("style", "list");
            if (declaration.List.Length > 0)
            {
                field.Add("listSize", declaration.List);
            }
        }

        if (declaration.Nullable)
        {
            field.Add("nullable", true);
        }

        if (declaration.Name is not null && !declaration.Optional)
        {
            field.Add("required", true);
        }

        if (declaration.Default is { } value)
        {
            Add(field, "default", XsValues.Encode(value, XsContext.Default), value.Pos);
        }

        if (declaration.Filters is not null)
        {
            field.Add("filters", declaration.Filters);
        }

        if (declaration.Body is { } body)
        {
            var natives = new HashSet<string>(field.Properties().Select(p => p.Name), StringComparer.Ordinal);
            // An object field with no fields yet: Xano writes "schema" alone, read as "fields": null.
            var schema = body.Members.OfType<XsNode>().FirstOrDefault(n => n.Keyword == "schema" && (IsPlainBlock(n) || (n.Args.Count == 0 && n.Body is null && !n.Disabled && n.As is null && !n.Break)));
            if (schema is not null)
            {
                natives.Add("fields");
            }

            var unknown = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in body.Members)
            {
                if (member == schema)
                {
                    AddComments(field, XsKeys.Comment + "fields", member.Comments);
                    Add(field, "fields", schema.Body is null ? JValue.CreateNull() : Declarations(schema.Body, field, "fields"), member.Pos);
                    AddEndOfLine(field, XsKeys.EndOfLine + "fields", member.EndComment);
                    continue;
                }

                Member(member, field, natives, unknown, "field");
            }

            AddComments(field, XsKeys.BlockEnd, body.EndComments);
        }

        AddEndOfLine(field, XsKeys.EndOfLine, declaration.EndComment);
        return field;
    }

    /// <summary>The statements of a block that holds only statements.</summary>
    private JArray Statements(XsBody body, JObject owner, string key) => Members(body, owner, key, member => Step((XsNode)member));

    /// <summary>A block's members as an array, the comments after its last member kept on the owner.</summary>
    private JArray Members(XsBody body, JObject owner, string key, Func<XsMember, JObject> read)
    {
        var items = new JArray();
        foreach (var member in body.Members)
        {
            items.Add(read(member));
        }

        AddComments(owner, XsKeys.BlockEnd + key, body.EndComments);
        return items;
    }

    private JObject Step(XsNode node)
    {
        if (!XsCatalog.IsStatement(node.Keyword))
        {
            Warn(DiagnosticCatalog.XsUnknownStatement, node.Pos, $"'{node.Keyword}' is not a statement XanoLink knows; it is kept exactly as written, but not checked or diffed item by item");
            return OpaqueStep(node);
        }

        var op = XsCatalog.Op(node.Keyword);
        var step = op switch
        {
            "conditional" => Conditional(node),
            _ when XsCatalog.IsLoop(op) => Loop(node, op),
            _ => null,
        };
        step ??= Generic(node, op);
        if (step is null)
        {
            Warn(DiagnosticCatalog.XsUnexpectedShape, node.Pos, $"this '{node.Keyword}' has a first line XanoLink does not expect; it is kept exactly as written, but not checked or diffed item by item");
            return OpaqueStep(node);
        }

        return step;
    }

    private JObject OpaqueStep(XsNode node)
    {
        var step = new JObject { { "op", XsCatalog.Op(node.Keyword) } };
        Note(step, node.Pos);
        AddComments(step, XsKeys.Comment, node.Comments);
        step.Add(XsKeys.Opaque, SourceOf(node));
        AddEndOfLine(step, XsKeys.EndOfLine, node.EndComment);
        return step;
    }

    /// <summary>Any statement: its first line's parts, then its attributes and nested statements in order.</summary>
    private JObject? Generic(XsNode node, string op)
    {
        var step = new JObject { { "op", op } };
        Note(step, node.Pos);
        AddComments(step, XsKeys.Comment, node.Comments);
        var natives = new HashSet<string>(StringComparer.Ordinal) { "op" };
        if (node.Disabled)
        {
            step.Add("disabled", true);
            natives.Add("disabled");
        }

        foreach (var arg in node.Args)
        {
            var key = arg.Kind switch
            {
                XsArgKind.Name => XsCatalog.NameKey(op),
                XsArgKind.Variable => XsCatalog.VariableKey(op),
                XsArgKind.Paren => XsCatalog.ParenKey(op),
                XsArgKind.If when XsCatalog.TakesIf(op) => "if",
                XsArgKind.KeyValue => arg.Key!,
                _ => null,
            };
            if (key is null || XsKeys.IsSpecial(key) || !natives.Add(key))
            {
                return null;
            }

            Add(step, key, arg.Kind is XsArgKind.Paren or XsArgKind.If ? XsValues.Encode(arg.Expr!, XsContext.Paren) : arg.Text, node.Pos);
        }

        if (node.As is not null)
        {
            if (!natives.Add("as"))
            {
                return null;
            }

            Add(step, "as", node.As, node.Pos);
        }

        if (node.Break)
        {
            if (!natives.Add("break"))
            {
                return null;
            }

            step.Add("break", true);
        }

        if (node.Body is { } body)
        {
            if (body.Members.Exists(m => m is XsNode) && !natives.Add("steps"))
            {
                return null;
            }

            JArray? steps = null;
            var unknown = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in body.Members)
            {
                if (member is XsNode child)
                {
                    if (steps is null)
                    {
                        steps = [];
                        step.Add("steps", steps);
                    }

                    steps.Add(Step(child));
                    continue;
                }

                Member(member, step, natives, unknown, op);
            }

            AddComments(step, XsKeys.BlockEnd, body.EndComments);
        }

        AddEndOfLine(step, XsKeys.EndOfLine, node.EndComment);
        return step;
    }

    /// <summary><c>conditional { if (a) {...} elseif (b) {...} else {...} }</c> as "if", "then" and "else".</summary>
    private JObject? Conditional(XsNode node)
    {
        if (node.Args.Count > 0 || node.As is not null || node.Break || node.Body is not { } body || body.Members.Count == 0)
        {
            return null;
        }

        var branches = body.Members;
        for (var i = 0; i < branches.Count; i++)
        {
            if (branches[i] is not XsNode branch || branch.Disabled || branch.As is not null || branch.Break || branch.EndComment is not null
                || branch.Body is not { } inner || !inner.Members.TrueForAll(m => m is XsNode))
            {
                return null;
            }

            var expected = i == 0 ? "if" : branch.Keyword == "else" && i == branches.Count - 1 ? "else" : "elseif";
            if (branch.Keyword != expected || (expected == "else" ? branch.Args.Count != 0 : branch.Args is not [{ Kind: XsArgKind.Paren }]))
            {
                return null;
            }
        }

        var step = new JObject { { "op", "conditional" } };
        Note(step, node.Pos);
        AddComments(step, XsKeys.Comment, node.Comments);
        if (node.Disabled)
        {
            step.Add("disabled", true);
        }

        var current = step;
        foreach (var member in branches)
        {
            var branch = (XsNode)member;
            switch (branch.Keyword)
            {
                case "if":
                    AddComments(current, XsKeys.Comment + "then", branch.Comments);
                    Add(current, "if", XsValues.Encode(branch.Args[0].Expr!, XsContext.Paren), branch.Pos);
                    current.Add("then", Statements(branch.Body!, current, "then"));
                    break;
                case "elseif":
                    var next = new JObject { { "op", "conditional" }, { "elseif", true } };
                    Note(next, branch.Pos);
                    AddComments(next, XsKeys.Comment, branch.Comments);
                    Add(next, "if", XsValues.Encode(branch.Args[0].Expr!, XsContext.Paren), branch.Pos);
                    next.Add("then", Statements(branch.Body!, next, "then"));
                    current.Add("else", new JArray(next));
                    current = next;
                    break;
                default:
                    AddComments(current, XsKeys.Comment + "else", branch.Comments);
                    current.Add("else", Statements(branch.Body!, current, "else"));
                    break;
            }
        }

        AddComments(step, XsKeys.BlockEnd, body.EndComments);
        AddEndOfLine(step, XsKeys.EndOfLine, node.EndComment);
        return step;
    }

    /// <summary><c>foreach ($list) { each as $item {...} }</c> as "list", "as" and "steps" (for: "count"; while: "if").</summary>
    private JObject? Loop(XsNode node, string op)
    {
        if (node.Args is not [{ Kind: XsArgKind.Paren } paren] || node.As is not null || node.Break
            || node.Body is not { EndComments: null, Members: [XsNode { Keyword: "each" } each] }
            || each.Args.Count > 0 || each.Comments is not null || each.EndComment is not null || each.Disabled || each.Break
            || each.Body is not { } inner || !inner.Members.TrueForAll(m => m is XsNode { Keyword: not "each" }))
        {
            return null;
        }

        var step = new JObject { { "op", op } };
        Note(step, node.Pos);
        AddComments(step, XsKeys.Comment, node.Comments);
        if (node.Disabled)
        {
            step.Add("disabled", true);
        }

        Add(step, XsCatalog.ParenKey(op)!, XsValues.Encode(paren.Expr!, XsContext.Paren), node.Pos);
        if (each.As is not null)
        {
            Add(step, "as", each.As, each.Pos);
        }

        step.Add("steps", Statements(inner, step, "steps"));
        AddEndOfLine(step, XsKeys.EndOfLine, node.EndComment);
        return step;
    }
}

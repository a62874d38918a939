using Newtonsoft.Json.Linq;
using XanoLink.XanoScript.Syntax;

namespace XanoLink.XanoScript.Model;

/// <summary>
/// The object model back to syntax: the inverse of <see cref="XsModelReader"/>. Each property is written in
/// XanoScript's own form where it has one (a statement's table on its first line, inputs as declarations, steps
/// as statements); any other property becomes an attribute of the same name, which reads back as that property.
/// What cannot be written at all (a property name XanoScript cannot hold, a comment with no member) is reported in
/// <see cref="Problems"/>.
/// </summary>
internal sealed class XsModelWriter
{
    private static readonly HashSet<string> ConditionalKeys = new(StringComparer.Ordinal)
    {
        "op", "//", "disabled", "if", "then", "else", "//then", "//}then", "//else", "//}else", "//}", "//>",
    };

    private static readonly HashSet<string> ElseIfKeys = new(StringComparer.Ordinal)
    {
        "op", "elseif", "//", "if", "then", "else", "//}then", "//else", "//}else",
    };

    public List<string> Problems { get; } = [];

    public XsDocumentSyntax Document(string construct, JObject model)
    {
        var root = new XsNode(construct) { Comments = Lines(model, XsKeys.Comment) };
        if (model[XsKeys.Opaque] is JValue { Type: JTokenType.String } opaque)
        {
            root.EndComment = Text(model, XsKeys.EndOfLine);
            Expect(model, ["name", XsKeys.Opaque, XsKeys.Comment, XsKeys.EndOfLine, XsKeys.AfterDocument]);
            return new XsDocumentSyntax(root) { OpaqueText = (string)opaque!, EndComments = Lines(model, XsKeys.AfterDocument) };
        }

        var natives = new HashSet<string>(StringComparer.Ordinal);
        if (model["name"] is JValue { Type: JTokenType.String } name)
        {
            root.Args.Add(new XsArg(XsArgKind.Name, (string)name!));
            natives.Add("name");
        }

        if (construct == "query" && model["verb"] is JValue { Type: JTokenType.String } verb && !((string)verb!).Contains('\n', StringComparison.Ordinal))
        {
            root.Args.Add(new XsArg(XsArgKind.KeyValue, (string)verb!, Key: "verb"));
            natives.Add("verb");
        }

        if (model["inputs"] is JArray inputs && inputs.All(CanWriteField))
        {
            natives.Add("inputs");
        }

        if (model["fields"] is JArray fields && fields.All(CanWriteField))
        {
            natives.Add("fields");
        }

        if (model["steps"] is JArray steps && steps.All(IsStep))
        {
            natives.Add("steps");
        }

        if (model["tests"] is JArray { Count: > 0 } tests && tests.All(IsTest))
        {
            natives.Add("tests");
        }

        if (construct == "table" && model["indexes"] is { } indexes && XsIndexes.CanWrite(indexes))
        {
            natives.Add("indexes");
        }

        var body = new XsBody();
        var taken = new HashSet<string>(natives, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal) { XsKeys.Comment, XsKeys.EndOfLine, XsKeys.BlockEnd, XsKeys.AfterDocument };
        foreach (var property in model.Properties())
        {
            var key = property.Name;
            if ((key == "name" && natives.Contains(key)) || (key == "verb" && construct == "query" && natives.Contains(key)))
            {
                continue;
            }

            if (XsKeys.IsCommentKey(key))
            {
                continue;
            }

            XsMember? member;
            if (natives.Contains(key))
            {
                switch (key)
                {
                    case "inputs" or "fields":
                        member = new XsNode(key == "inputs" ? "input" : "schema") { Body = Declarations((JArray)property.Value, model, key, used) };
                        break;
                    case "steps":
                        member = new XsNode("stack") { Body = Statements((JArray)property.Value, model, key, used) };
                        break;
                    case "tests":
                        foreach (var test in (JArray)property.Value)
                        {
                            if (Step((JObject)test) is { } node)
                            {
                                body.Members.Add(node);
                            }
                        }

                        continue;
                    default:
                        member = new XsAttribute("index", new XsExpr(XsIndexes.Text((JArray)property.Value), default));
                        break;
                }
            }
            else
            {
                member = Member(key, property.Value, taken, model, used);
            }

            if (member is null)
            {
                continue;
            }

            Decorate(member, model, key, used);
            body.Members.Add(member);
        }

        body.EndComments = Lines(model, XsKeys.BlockEnd);
        root.Body = body;
        root.EndComment = Text(model, XsKeys.EndOfLine);
        CheckComments(model, used);
        return new XsDocumentSyntax(root) { EndComments = Lines(model, XsKeys.AfterDocument) };
    }

    /// <summary>An attribute, or a block kept as text ("#keyword").</summary>
    private XsMember? Member(string key, JToken value, HashSet<string> taken, JObject owner, HashSet<string> used)
    {
        if (key.StartsWith(XsKeys.UnknownBlock, StringComparison.Ordinal) && value is JValue { Type: JTokenType.String } text)
        {
            var keyword = key[1..];
            var hash = keyword.IndexOf('#', StringComparison.Ordinal);
            return new XsOpaque(hash < 0 ? keyword : keyword[..hash], (string)text!);
        }

        var name = XsKeys.AttributeName(key, taken.Contains);
        if (name is null)
        {
            Problems.Add($"the property '{key}' has no XanoScript form (a name starting with @, # or // is XanoLink's own)");
            return null;
        }

        taken.Add(key);
        used.Add(XsKeys.Layout + key);
        if (owner[XsKeys.Layout + key] is JValue { Type: JTokenType.String } layout && XsValues.Text(value, (string)layout!) is { } laid && laid != XsValues.Text(value, null))
        {
            return new XsAttribute(name, new XsExpr(laid, default));
        }

        return new XsAttribute(name, XsValues.ToExpr(value, XsContext.Attribute));
    }

    /// <summary>The comments the model keeps for the member stored under <paramref name="key"/>.</summary>
    private void Decorate(XsMember member, JObject owner, string key, HashSet<string> used)
    {
        member.Comments = Lines(owner, XsKeys.Comment + key);
        member.EndComment = Text(owner, XsKeys.EndOfLine + key);
        used.Add(XsKeys.Comment + key);
        used.Add(XsKeys.EndOfLine + key);
    }

    private List<string>? Lines(JObject owner, string key)
    {
        switch (owner[key])
        {
            case null:
                return null;
            case JValue { Type: JTokenType.String } text:
                return [.. ((string)text!).Split('\n')];
            default:
                Problems.Add($"the comment '{key}' is not text");
                return null;
        }
    }

    private string? Text(JObject owner, string key)
    {
        switch (owner[key])
        {
            case null:
                return null;
            case JValue { Type: JTokenType.String } text when !((string)text!).Contains('\n', StringComparison.Ordinal):
                return (string)text!;
            default:
                Problems.Add($"the comment '{key}' is not one line of text");
                return null;
        }
    }

    private void CheckComments(JObject owner, HashSet<string> used)
    {
        foreach (var property in owner.Properties())
        {
            if (XsKeys.IsCommentKey(property.Name) && !used.Contains(property.Name))
            {
                Problems.Add($"the comment '{property.Name}' belongs to no member");
            }
        }
    }

    private void Expect(JObject owner, string[] allowed)
    {
        foreach (var property in owner.Properties())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Problems.Add($"the property '{property.Name}' cannot be written next to text kept as written (xs)");
            }
        }
    }

    private static bool IsStep(JToken token) => token is JObject o && o["op"] is JValue { Type: JTokenType.String };

    private static bool IsTest(JToken token) =>
        token is JObject o && o["op"] is JValue { Type: JTokenType.String } op && (string)op! == "test"
        && o["name"] is JValue { Type: JTokenType.String } && !o.ContainsKey(XsKeys.Opaque)
        && !o.ContainsKey("arg") && !o.ContainsKey("if") && !(o["var"] is JValue { Type: JTokenType.String } v && XsParser.IsVariableText((string)v!))
        && !(o["verb"] is JValue { Type: JTokenType.String });

    private XsBody Statements(JArray steps, JObject owner, string key, HashSet<string> used)
    {
        var body = new XsBody();
        foreach (var item in steps)
        {
            if (Step((JObject)item) is { } node)
            {
                body.Members.Add(node);
            }
        }

        body.EndComments = Lines(owner, XsKeys.BlockEnd + key);
        used.Add(XsKeys.BlockEnd + key);
        return body;
    }

    private XsMember? Step(JObject step)
    {
        var op = (string)step["op"]!;
        if (step[XsKeys.Opaque] is JValue { Type: JTokenType.String } opaque)
        {
            Expect(step, ["op", XsKeys.Opaque, XsKeys.Comment, XsKeys.EndOfLine]);
            return new XsOpaque(XsCatalog.Keyword(op), (string)opaque!) { Comments = Lines(step, XsKeys.Comment), EndComment = Text(step, XsKeys.EndOfLine) };
        }

        return op switch
        {
            "conditional" when step["then"] is JArray => Conditional(step),
            _ when XsCatalog.IsLoop(op) && step["steps"] is JArray s && s.All(IsStep) && !s.Any(i => (string?)i["op"] == "each") && step.ContainsKey(XsCatalog.ParenKey(op)!) => Loop(step, op),
            _ => null,
        } ?? Generic(step, op);
    }

    private XsNode Generic(JObject step, string op)
    {
        var node = new XsNode(XsCatalog.Keyword(op)) { Comments = Lines(step, XsKeys.Comment) };
        var natives = new HashSet<string>(StringComparer.Ordinal) { "op" };
        if (step["disabled"] is JValue { Type: JTokenType.Boolean } disabled && (bool)disabled!)
        {
            node.Disabled = true;
            natives.Add("disabled");
        }

        if (XsCatalog.NameKey(op) is { } nameKey && step[nameKey] is JValue { Type: JTokenType.String } name)
        {
            node.Args.Add(new XsArg(XsArgKind.Name, (string)name!));
            natives.Add(nameKey);
        }

        if (XsCatalog.VariableKey(op) is { } variableKey && !natives.Contains(variableKey)
            && step[variableKey] is JValue { Type: JTokenType.String } variable && XsParser.IsVariableText((string)variable!))
        {
            node.Args.Add(new XsArg(XsArgKind.Variable, (string)variable!));
            natives.Add(variableKey);
        }

        if (XsCatalog.ParenKey(op) is { } parenKey && !natives.Contains(parenKey) && step[parenKey] is { } paren)
        {
            node.Args.Add(new XsArg(XsArgKind.Paren, "", XsValues.ToExpr(paren, XsContext.Paren)));
            natives.Add(parenKey);
        }

        if (XsCatalog.TakesIf(op) && !natives.Contains("if") && step["if"] is { } condition)
        {
            node.Args.Add(new XsArg(XsArgKind.If, "", XsValues.ToExpr(condition, XsContext.Paren)));
            natives.Add("if");
        }

        if (!natives.Contains("verb") && step["verb"] is JValue { Type: JTokenType.String } verb && !((string)verb!).Contains('\n', StringComparison.Ordinal))
        {
            node.Args.Add(new XsArg(XsArgKind.KeyValue, (string)verb!, Key: "verb"));
            natives.Add("verb");
        }

        if (!natives.Contains("as") && step["as"] is JValue { Type: JTokenType.String } name2 && XsParser.IsVariableText((string)name2!))
        {
            node.As = (string)name2!;
            natives.Add("as");
        }

        if (step["break"] is JValue { Type: JTokenType.Boolean } brk && (bool)brk!)
        {
            node.Break = true;
            natives.Add("break");
        }

        var nested = step["steps"] is JArray { Count: > 0 } steps && steps.All(IsStep);
        if (nested)
        {
            natives.Add("steps");
        }

        var body = new XsBody();
        var taken = new HashSet<string>(natives, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal) { XsKeys.Comment, XsKeys.EndOfLine, XsKeys.BlockEnd };
        foreach (var property in step.Properties())
        {
            var key = property.Name;
            if (XsKeys.IsCommentKey(key) || (natives.Contains(key) && key != "steps"))
            {
                continue;
            }

            if (key == "steps" && nested)
            {
                foreach (var item in (JArray)property.Value)
                {
                    if (Step((JObject)item) is { } child)
                    {
                        body.Members.Add(child);
                    }
                }

                continue;
            }

            if (Member(key, property.Value, taken, step, used) is { } member)
            {
                Decorate(member, step, key, used);
                body.Members.Add(member);
            }
        }

        body.EndComments = Lines(step, XsKeys.BlockEnd);
        if (body.Members.Count > 0 || body.EndComments is not null)
        {
            node.Body = body;
        }

        node.EndComment = Text(step, XsKeys.EndOfLine);
        CheckComments(step, used);
        return node;
    }

    private XsNode? Conditional(JObject step)
    {
        if (step.Properties().Any(p => !ConditionalKeys.Contains(p.Name)) || !step.ContainsKey("if") || step["disabled"] is { } d && !(d.Type == JTokenType.Boolean && (bool)d!))
        {
            return null;
        }

        for (var current = step; ;)
        {
            if (current["then"] is not JArray then || !then.All(IsStep) || !current.ContainsKey("if"))
            {
                return null;
            }

            if (current["else"] is null)
            {
                break;
            }

            if (current["else"] is not JArray otherwise || !otherwise.All(IsStep))
            {
                return null;
            }

            if (ElseIf(otherwise) is not { } next)
            {
                break;
            }

            current = next;
        }

        var node = new XsNode("conditional") { Comments = Lines(step, XsKeys.Comment), Disabled = step.ContainsKey("disabled") };
        var body = new XsBody();
        body.Members.Add(Branch("if", step["if"], step, "then", Lines(step, XsKeys.Comment + "then")));
        var owner = step;
        while (true)
        {
            if (owner["else"] is not JArray otherwise)
            {
                break;
            }

            if (ElseIf(otherwise) is { } next)
            {
                body.Members.Add(Branch("elseif", next["if"], next, "then", Lines(next, XsKeys.Comment)));
                owner = next;
                continue;
            }

            body.Members.Add(Branch("else", null, owner, "else", Lines(owner, XsKeys.Comment + "else")));
            break;
        }

        body.EndComments = Lines(step, XsKeys.BlockEnd);
        node.Body = body;
        node.EndComment = Text(step, XsKeys.EndOfLine);
        return node;
    }

    /// <summary>An else list that is one elseif branch.</summary>
    private static JObject? ElseIf(JArray otherwise) =>
        otherwise is [JObject next] && (string?)next["op"] == "conditional" && next["elseif"] is JValue { Type: JTokenType.Boolean } flag && (bool)flag!
        && next.Properties().All(p => ElseIfKeys.Contains(p.Name)) ? next : null;

    private XsNode Branch(string keyword, JToken? condition, JObject owner, string key, List<string>? comments)
    {
        var branch = new XsNode(keyword) { Comments = comments };
        if (condition is not null)
        {
            branch.Args.Add(new XsArg(XsArgKind.Paren, "", XsValues.ToExpr(condition, XsContext.Paren)));
        }

        branch.Body = Statements((JArray)owner[key]!, owner, key, []);
        return branch;
    }

    private XsNode? Loop(JObject step, string op)
    {
        var paren = XsCatalog.ParenKey(op)!;
        string[] allowed = ["op", "//", "disabled", paren, "as", "steps", "//}steps", "//>"];
        if (step.Properties().Any(p => !allowed.Contains(p.Name, StringComparer.Ordinal))
            || (step["as"] is { } name && !(name is JValue { Type: JTokenType.String } s && XsParser.IsVariableText((string)s!)))
            || step["disabled"] is { } d && !(d.Type == JTokenType.Boolean && (bool)d!))
        {
            return null;
        }

        var node = new XsNode(XsCatalog.Keyword(op)) { Comments = Lines(step, XsKeys.Comment), Disabled = step.ContainsKey("disabled") };
        node.Args.Add(new XsArg(XsArgKind.Paren, "", XsValues.ToExpr(step[paren]!, XsContext.Paren)));
        var each = new XsNode("each") { As = (string?)step["as"], AsBeforeBody = true, Body = Statements((JArray)step["steps"]!, step, "steps", []) };
        node.Body = new XsBody();
        node.Body.Members.Add(each);
        node.EndComment = Text(step, XsKeys.EndOfLine);
        return node;
    }

    private static bool CanWriteField(JToken token) =>
        token is JObject field && field["type"] is JValue { Type: JTokenType.String } type && XsPrinter.IsIdentifier((string)type!);

    private XsBody Declarations(JArray fields, JObject owner, string key, HashSet<string> used)
    {
        var body = new XsBody();
        foreach (var item in fields)
        {
            body.Members.Add(Field((JObject)item));
        }

        body.EndComments = Lines(owner, XsKeys.BlockEnd + key);
        used.Add(XsKeys.BlockEnd + key);
        return body;
    }

    private XsDeclaration Field(JObject field)
    {
        var declaration = new XsDeclaration((string)field["type"]!) { Comments = Lines(field, XsKeys.Comment) };
        var natives = new HashSet<string>(StringComparer.Ordinal) { "type" };
        if (field["name"] is JValue { Type: JTokenType.String } name)
        {
            declaration.Name = (string)name!;
            natives.Add("name");
        }

        if (field["style"] is JValue { Type: JTokenType.String } style && (string)style! == "list")
        {
            declaration.List = "";
            natives.Add("style");
            if (field["listSize"] is JValue { Type: JTokenType.String } size && ((string)size!).Length > 0 && ((string)size!).IndexOfAny([']', '\n']) < 0)
            {
                declaration.List = (string)size!;
                natives.Add("listSize");
            }
        }

        if (field["nullable"] is JValue { Type: JTokenType.Boolean } nullable && (bool)nullable!)
        {
            declaration.Nullable = true;
            natives.Add("nullable");
        }

        if (declaration.Name is not null)
        {
            if (field["required"] is JValue { Type: JTokenType.Boolean } required && (bool)required!)
            {
                natives.Add("required");
            }
            else
            {
                declaration.Optional = true;
            }

            if (field["default"] is { } value)
            {
                var text = XsValues.Decode(value, XsContext.Default);
                if (XsValues.IsComplete(text, XsContext.Default))
                {
                    declaration.Default = new XsExpr(text, default);
                    natives.Add("default");
                }
            }

            if (field["filters"] is JValue { Type: JTokenType.String } filters && ((string)filters!).Length > 0
                && !((string)filters!).Any(c => XsCursor.IsSpace(c) || c == '\n'))
            {
                declaration.Filters = (string)filters!;
                natives.Add("filters");
            }
        }

        var schema = field["fields"] is JArray { } fields ? fields.All(CanWriteField) : field["fields"]?.Type == JTokenType.Null;
        if (schema)
        {
            natives.Add("fields");
        }

        var body = new XsBody();
        var taken = new HashSet<string>(natives, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal) { XsKeys.Comment, XsKeys.EndOfLine, XsKeys.BlockEnd };
        foreach (var property in field.Properties())
        {
            var key = property.Name;
            if (XsKeys.IsCommentKey(key) || (natives.Contains(key) && key != "fields"))
            {
                continue;
            }

            XsMember? member = key == "fields" && schema
                ? new XsNode("schema") { Body = property.Value is JArray list ? Declarations(list, field, key, used) : null }
                : Member(key, property.Value, taken, field, used);
            if (member is not null)
            {
                Decorate(member, field, key, used);
                body.Members.Add(member);
            }
        }

        body.EndComments = Lines(field, XsKeys.BlockEnd);
        if (body.Members.Count > 0 || body.EndComments is not null || declaration.Name is null)
        {
            declaration.Body = body;
        }

        declaration.EndComment = Text(field, XsKeys.EndOfLine);
        CheckComments(field, used);
        return declaration;
    }
}

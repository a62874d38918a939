using CsCheck;
using Newtonsoft.Json.Linq;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>Random JSON values and JSON-format objects, to check that XanoScript holds anything the model holds.</summary>
internal static class XsGen
{
    // Strings that look like XanoLink's own markers, expressions, or need escapes.
    private static readonly string[] Tricky =
    [
        "", "plain", "$input.id", "$a + 1", "$=", "$=now", "$~x", "$", "$$", "$ space", "\"quoted\"", "back\\slash", "a\nb", "\n", "line\r\n",
        "tab\t", "{a: 1}", "[1, 2]", "// not a comment", "@x", "#x", "now", "true", "10", "-1", "\"\"\"", "a, b", "x}", "(", "ünïcödé", "$x|get:\"k\"",
        "$=$=1", "$=\"$x\"", "$input.a\n|trim",
    ];

    private static readonly string[] Keys = ["a", "b_c", "type", "name", "dotted.key", "with space", "1st", "$key", "//", "@k", "#k", "op", "as", "steps", "value"];

    public static Gen<string> Text { get; } = Gen.OneOf(Gen.OneOf(Tricky), Gen.String[Gen.Char["a$=\"\\ \n{}[]():,|.~-0"], 0, 8]);

    public static Gen<JToken> Scalar { get; } = Gen.OneOf<JToken>(
        Gen.Const<JToken>(JValue.CreateNull()),
        Gen.Bool.Select(b => (JToken)new JValue(b)),
        Gen.Long[-1000, 1000].Select(l => (JToken)new JValue(l)),
        // Numbers as the loader holds them: an integer, else the exact text (JsonNumber), including texts a double would rewrite.
        Gen.Double[-1e6, 1e6].Select(d => XanoLink.Json.JsonNumber.FromText(Newtonsoft.Json.JsonConvert.ToString(d))!),
        Gen.Double.Select(d => XanoLink.Json.JsonNumber.FromText(Newtonsoft.Json.JsonConvert.ToString(double.IsFinite(d) ? d : 0.5))!),
        Gen.OneOf(Gen.Const("1e400"), Gen.Const("-0"), Gen.Const("1.000000000000000000001"), Gen.Const("1E5")).Select(t => XanoLink.Json.JsonNumber.FromText(t)!),
        Gen.Long.Select(l => (JToken)new JValue(l)),
        Gen.Const<JToken>(new JValue(System.Numerics.BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture))),
        Text.Select(s => (JToken)new JValue(s)));

    public static Gen<JToken> Value { get; } = Gen.Recursive<JToken>((depth, value) => depth >= 3
        ? Scalar
        : Gen.Frequency(
            (4, Scalar),
            (1, value.Array[0, 3].Select(items => (JToken)new JArray(items))),
            (1, Gen.Select(Gen.OneOf(Keys), value).Array[0, 3].Select(entries =>
            {
                var obj = new JObject();
                foreach (var (key, v) in entries)
                {
                    obj[key] = v;
                }

                return (JToken)obj;
            }))));

    private static readonly string[] Ops = ["db.query", "db.get", "db.add", "db.edit", "db.add_or_edit", "db.delete", "addon.call", "var.create", "var.update", "api.request", "function.run", "conditional", "foreach", "return"];

    /// <summary>A step in the JSON format's shape: an op, the properties it names things with, any parameters.</summary>
    public static Gen<JObject> Step { get; } = Gen.Recursive<JObject>((depth, step) =>
        Gen.Select(Gen.OneOf(Ops), Gen.Select(Gen.OneOf(Keys), Value).Array[0, 3], depth >= 2 ? Gen.Const(Array.Empty<JObject>()) : step.Array[0, 2], Gen.Int[0, 3])
            .Select(x =>
            {
                var (op, parameters, nested, shape) = x;
                var o = new JObject { ["op"] = op };
                if (shape > 0)
                {
                    o["as"] = "r" + shape;
                }

                switch (op)
                {
                    case "conditional":
                        o["if"] = "$x > " + shape;
                        o["then"] = new JArray(nested);
                        o["else"] = shape == 2 ? new JArray() : new JArray(nested.Select(n => n.DeepClone()));
                        break;
                    case "foreach":
                        o["list"] = "$items";
                        o["steps"] = new JArray(nested);
                        break;
                    case "var.update":
                        o["var"] = "total";
                        break;
                    case "function.run":
                        o["function"] = "billing/calc_total";
                        break;
                    case "addon.call":
                        o["addon"] = "reviews";
                        break;
                    default:
                        if (op.StartsWith("db.", StringComparison.Ordinal))
                        {
                            o["table"] = "product";
                        }

                        break;
                }

                foreach (var (key, v) in parameters)
                {
                    if (!o.ContainsKey(key) && key is not ("//" or "@k" or "#k" or "op"))
                    {
                        o[key] = v;
                    }
                }

                return o;
            }));

    private static readonly string[] Types = ["int", "text", "decimal", "bool", "timestamp", "enum", "json", "object", "image", "vector"];

    public static Gen<JObject> Field { get; } = Gen.Select(Gen.Int[0, 99], Gen.OneOf(Types), Gen.Int[0, 63], Value)
        .Select(x =>
        {
            var (n, type, flags, value) = x;
            var f = new JObject { ["name"] = "f" + n, ["type"] = type };
            if ((flags & 1) != 0) f["required"] = (flags & 32) == 0;
            if ((flags & 2) != 0) f["nullable"] = (flags & 32) != 0;
            if ((flags & 4) != 0) f["style"] = (flags & 32) == 0 ? "list" : "single";
            if ((flags & 8) != 0) f["default"] = value;
            if ((flags & 16) != 0) f["description"] = "about f" + n;
            if (type == "enum") f["values"] = new JArray("a", "b");
            if (type == "object") f["fields"] = new JArray(new JObject { ["name"] = "inner", ["type"] = "text" });
            if (type == "int" && (flags & 32) != 0) f["table"] = "user";
            return f;
        });

    /// <summary>A function in the JSON format's shape.</summary>
    public static Gen<JObject> Function { get; } = Gen.Select(Field.Array[0, 4], Step.Array[0, 5], Value)
        .Select((fields, steps, response) => new JObject
        {
            ["guid"] = "fn-1",
            ["name"] = "billing/calc_total",
            ["description"] = "Generated",
            ["inputs"] = new JArray(fields.DistinctBy(f => (string?)f["name"])),
            ["steps"] = new JArray(steps),
            ["response"] = response,
        });

    /// <summary>A table in the JSON format's shape.</summary>
    public static Gen<JObject> Table { get; } = Gen.Select(Field.Array[0, 5], Gen.Int[0, 3])
        .Select((fields, indexes) =>
        {
            var all = new JArray(new JObject { ["name"] = "id", ["type"] = "int" });
            foreach (var f in fields.DistinctBy(f => (string?)f["name"]))
            {
                all.Add(f);
            }

            var list = new JArray(new JObject { ["type"] = "primary", ["fields"] = new JArray("id") });
            for (var i = 0; i < indexes; i++)
            {
                list.Add(new JObject { ["type"] = i % 2 == 0 ? "btree" : "btree|unique", ["fields"] = new JArray(all.Select(f => f["name"]!.DeepClone()).Take(i + 1)) });
            }

            return new JObject { ["guid"] = "tbl-1", ["name"] = "product", ["fields"] = all, ["indexes"] = list };
        });
}

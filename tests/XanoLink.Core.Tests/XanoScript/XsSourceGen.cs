using System.Text;
using CsCheck;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>Random XanoScript source in varied hand-written layouts: indentation, blank lines, one-line blocks, comments.</summary>
internal static class XsSourceGen
{
    public static Gen<string> Expression { get; } = Gen.Recursive<string>((depth, expr) => depth >= 3
        ? Gen.OneOf("$input.a", "$var.total", "10", "-2.5", "true", "null", "now", "\"text\"", "\"esc \\\" \\\\ \\n\"", "'single'", "$x|trim", "($a|count) > 0", "$$.id")
        : Gen.Frequency(
            (4, Gen.OneOf("$input.a", "12", "\"s\"", "$x.y[0]", "\"$not_var\"", "now|format_timestamp:\"Y-m-d\"")),
            (1, Gen.Select(expr, expr, (a, b) => $"{a} + {b}")),
            (1, Gen.Select(expr, expr, (a, b) => $"({a}) ~ ({b})")),
            (1, Gen.Select(expr, expr, Gen.Bool, (a, b, multi) => multi ? $"{{\n  a: {a}\n  bb: {b}\n}}" : $"{{a: {a}, bb: {b}}}")),
            (1, Gen.Select(expr, expr, Gen.Bool, (a, b, multi) => multi ? $"[\n  {a}\n  {b}\n]" : $"[{a}, {b}]")),
            (1, expr.Select(a => $"{a}\n  |set:\"k\":1")),
            (1, Gen.Const("\"\"\"\n  line one\n    line two\n  \"\"\""))));

    private static Gen<string> Statement { get; } = Gen.Recursive<string>((depth, statement) =>
    {
        var block = statement.Array[0, 3].Select(s => string.Join("\n", s));
        var simple = Gen.OneOf(
            Expression.Select(e => $"var $v {{\n  value = {e}\n}}"),
            Expression.Select(e => $"var $v {{ value = {e} }}"),
            Expression.Select(e => $"db.query \"product\" {{\n  where = {e}\n  return = {{type: \"list\"}}\n}} as $rows"),
            Expression.Select(e => $"!debug.log {{\n  value = {e}\n}}"),
            Gen.Const("security.create_uuid as $id"),
            Gen.Const("// a comment line\nvar.update $total {\n  value = $total + 1\n}"));
        if (depth >= 2)
        {
            return simple;
        }

        return Gen.Frequency(
            (3, simple),
            (1, Gen.Select(Expression, block, block, (e, a, b) => $"conditional {{\n  if ({e}) {{\n{Indent(a)}\n  }}\n  else {{\n{Indent(b)}\n  }}\n}}")),
            (1, Gen.Select(Expression, block, (e, a) => $"foreach ({e}) {{\n  each as $item {{\n{Indent(a)}\n  }}\n}}")),
            (1, block.Select(a => $"group {{\n  stack {{\n{Indent(a)}\n  }}\n}}")));
    });

    private static string Indent(string text) =>
        string.Join("\n", text.Split('\n').Select(l => "    " + l));

    /// <summary>A function with random statements, then re-laid out: an indentation width and blank lines chosen at random.</summary>
    public static Gen<string> Function { get; } = Gen.Select(Statement.Array[1, 6], Gen.Int[1, 4], Gen.Bool, Gen.Bool)
        .Select((statements, width, blanks, quoted) =>
        {
            var builder = new StringBuilder();
            builder.Append(quoted ? "function \"gen\" {\n" : "function gen {\n");
            builder.Append("  input {\n    int a?\n  }\n");
            if (blanks)
            {
                builder.Append('\n');
            }

            builder.Append("  stack {\n");
            foreach (var statement in statements)
            {
                foreach (var line in statement.Split('\n'))
                {
                    var trimmed = line.TrimStart(' ');
                    var level = (line.Length - trimmed.Length) / 2;
                    builder.Append(new string(' ', 4 + (level * width))).Append(trimmed).Append('\n');
                }

                if (blanks)
                {
                    builder.Append('\n');
                }
            }

            return builder.Append("  }\n  response = $v\n}\n").ToString();
        });
}

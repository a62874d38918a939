using Newtonsoft.Json.Linq;
using XanoLink.XanoScript;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>What XanoLink does not know is kept exactly as written, with a warning, and written back unchanged.</summary>
public sealed class OpaqueTests
{
    private static (XanoScriptFile Read, string Printed) RoundTrip(string text)
    {
        text = XanoStyle.Of(text);
        var read = XanoScriptReader.Read("f.xs", text);
        var printed = XanoScriptWriter.Join(read.Documents.Select(d => XanoScriptWriter.Write(d.Construct, d.Model).Text!));
        return (read, printed);
    }

    [Fact]
    public void An_unknown_statement_is_kept_as_its_text_with_a_warning()
    {
        const string text = """
            function f {
              stack {
                // a statement from a newer Xano
                quantum.entangle $pair {
                  spin = "up"
                  partner {
                    distance = 3
                  }
                } as $state

                var $x {
                  value = 1
                }
              }

              response = $state
            }
            """;

        var (read, printed) = RoundTrip(text);

        Assert.Equal(["f.xs(4,5): warning XL1120: 'quantum.entangle' is not a statement XanoLink knows; it is kept exactly as written, but not checked or diffed item by item"], read.Diagnostics.Select(d => d.ToString()));
        var step = (JObject)read.Documents[0].Model["steps"]![0]!;
        Assert.Equal(" a statement from a newer Xano", (string?)step["//"]);
        Assert.Equal("quantum.entangle $pair {\n  spin = \"up\"\n  partner {\n    distance = 3\n  }\n} as $state", (string?)step["xs"]);
        Assert.Equal(XanoStyle.Of(text), printed);
    }

    [Fact]
    public void An_unknown_construct_is_kept_whole_with_a_warning()
    {
        const string text = """
            // a construct from a newer Xano
            hologram "lobby" {
              beams = 3
              stack {
                var $x {
                  value = 1
                }
              }
            }
            """;

        var (read, printed) = RoundTrip(text);

        Assert.Equal(["f.xs(2,1): warning XL1121: 'hologram' is not a construct XanoLink knows; it is kept exactly as written, but not checked or diffed item by item"], read.Diagnostics.Select(d => d.ToString()));
        var document = read.Documents.Single();
        Assert.True(document.IsOpaque);
        Assert.Equal("lobby", (string?)document.Model["name"]);
        Assert.Equal(XanoStyle.Of(text), printed);
    }

    [Fact]
    public void A_known_statement_of_an_unexpected_shape_is_kept_as_its_text()
    {
        const string text = """
            function f {
              stack {
                var $a $b {
                  value = 1
                }
              }
            }
            """;

        var (read, printed) = RoundTrip(text);

        Assert.Equal(["f.xs(3,5): warning XL1122: this 'var' has a first line XanoLink does not expect; it is kept exactly as written, but not checked or diffed item by item"], read.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("var $a $b {\n  value = 1\n}", (string?)read.Documents[0].Model["steps"]![0]!["xs"]);
        Assert.Equal(XanoStyle.Of(text), printed);
    }

    [Fact]
    public void An_unknown_block_in_a_construct_is_kept_under_its_keyword()
    {
        const string text = """
            query ping verb=GET {
              api_group = "system"

              security {
                level = 2
              }

              stack {
              }

              response = "pong"
            }
            """;

        var (read, printed) = RoundTrip(text);

        Assert.Equal("XL1120", read.Diagnostics.Single().Code);
        Assert.Equal("security {\n  level = 2\n}", (string?)read.Documents[0].Model["#security"]);
        Assert.Equal(XanoStyle.Of(text), printed);
    }

    [Fact]
    public void An_opaque_statement_moved_to_another_depth_keeps_its_relative_indentation()
    {
        var read = XanoScriptReader.Read("f.xs", "function f {\n  stack {\n    quantum.leap {\n      to = 1\n    }\n  }\n}");
        var model = read.Documents[0].Model;
        var opaque = model["steps"]![0]!.DeepClone();
        model["steps"] = new JArray(new JObject { ["op"] = "group", ["steps"] = new JArray(opaque) });

        var written = XanoScriptWriter.Write("function", model);

        Assert.Equal("function f {\n  stack {\n    group {\n      quantum.leap {\n        to = 1\n      }\n    }\n  }\n}", written.Text);
    }
}

using CsCheck;
using Newtonsoft.Json.Linq;
using XanoLink.XanoScript;
using XanoLink.XanoScript.Model;
using XanoLink.XanoScript.Syntax;

namespace XanoLink.Core.Tests.XanoScript;

public sealed class RoundTripPropertyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Any_JSON_value_written_as_XanoScript_reads_back_as_itself(int where)
    {
        var context = (XsContext)where;
        XsGen.Value.Sample(value =>
        {
            var text = XsValues.Decode(value, context);
            var back = XsValues.Encode(text, context);
            Assert.True(JToken.DeepEquals(value, back), $"{value.ToString(Newtonsoft.Json.Formatting.None)} -> {text} -> {back.ToString(Newtonsoft.Json.Formatting.None)}");
        }, iter: 3000);
    }

    [Fact]
    public void Any_attribute_value_survives_a_whole_construct_written_and_read()
    {
        Gen.Select(Gen.OneOf("value", "data", "response", "x_1"), XsGen.Value).Sample((key, value) =>
        {
            var model = new JObject { ["name"] = "f", [key] = value };
            var written = XanoScriptWriter.Write("function", model);
            Assert.True(written.Text is not null, string.Join("\n", written.Diagnostics) + "\n" + model);
        }, iter: 2000);
    }

    [Fact]
    public void Any_generated_function_in_the_JSON_format_writes_as_XanoScript_that_reads_back_the_same()
    {
        XsGen.Function.Sample(function =>
        {
            var written = XanoScriptWriter.Write("function", function);
            Assert.True(written.Text is not null, string.Join("\n", written.Diagnostics) + "\n" + function);
            var back = XanoScriptReader.Read("f.xs", written.Text!).Documents.Single().Model;
            Assert.True(JToken.DeepEquals(function, back), function + "\n----\n" + written.Text);
        }, iter: 500);
    }

    [Fact]
    public void Any_generated_table_in_the_JSON_format_writes_as_XanoScript_that_reads_back_the_same()
    {
        XsGen.Table.Sample(table =>
        {
            var written = XanoScriptWriter.Write("table", table);
            Assert.True(written.Text is not null, string.Join("\n", written.Diagnostics) + "\n" + table);
        }, iter: 500);
    }

    [Fact]
    public void Reading_what_was_written_twice_gives_the_same_text()
    {
        XsGen.Function.Sample(function =>
        {
            var once = XanoScriptWriter.Write("function", function).Text!;
            var model = XanoScriptReader.Read("f.xs", once).Documents.Single().Model;
            Assert.Equal(once, XanoScriptWriter.Write("function", model).Text);
        }, iter: 300);
    }

    [Fact]
    public void Any_generated_file_printed_and_read_again_gives_the_same_model()
    {
        XsSourceGen.Function.Sample(text =>
        {
            var first = XanoScriptReader.Read("g.xs", text);
            Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics) + "\n" + text);
            var document = first.Documents.Single();
            var printed = XanoScriptWriter.Write(document.Construct, document.Model);
            if (printed.Text is null)
            {
                File.WriteAllText("/tmp/genfail.xs", text);
            }

            Assert.True(printed.Text is not null, string.Join("\n", printed.Diagnostics) + "\n" + text);
            var second = XanoScriptReader.Read("g.xs", printed.Text!).Documents.Single();
            Assert.True(JToken.DeepEquals(document.Model, second.Model), text + "\n----\n" + printed.Text);
        }, iter: 1000);
    }
}

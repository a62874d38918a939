using XanoLink.XanoScript;

namespace XanoLink.Core.Tests.XanoScript;

public sealed class SyntaxErrorTests
{
    private static string[] Errors(string text) =>
        [.. XanoScriptReader.Read("api/shop/broken.xs", text).Diagnostics.Select(d => d.ToString())];

    [Fact]
    public void A_block_never_closed_names_the_open_brace()
    {
        var errors = Errors("""
            function f {
              stack {
                var $x {
                  value = 1
                }
            """);

        Assert.Equal(
            [
                "api/shop/broken.xs(1,12): error XL1102: this block is never closed: expected '}' before the end of the document; add it",
                "api/shop/broken.xs(2,9): error XL1102: this block is never closed: expected '}' before the end of the document; add it",
            ],
            errors);
    }

    [Fact]
    public void A_string_never_closed_is_reported_where_it_starts()
    {
        var errors = Errors("function f {\n  description = \"oops\n}");

        Assert.Equal(["api/shop/broken.xs(2,17): error XL1101: this string is never closed: expected a closing \" ; add it".Replace("\" ;", "\";", StringComparison.Ordinal)], errors);
    }

    [Fact]
    public void An_attribute_without_a_value_says_what_to_write()
    {
        var errors = Errors("query q verb=GET {\n  auth = \n  response = 1\n}");

        Assert.Equal(["api/shop/broken.xs(2,10): error XL1103: expected a value but found 'end of line'; write a value such as \"text\", 10, $var or { key: value }"], errors);
    }

    [Fact]
    public void Unexpected_text_on_a_first_line_is_reported_at_that_character()
    {
        var errors = Errors("query \"x\" verb=GET + {\n}");

        Assert.Equal("api/shop/broken.xs(1,20): error XL1100: unexpected '+' after 'query': expected a name, a $variable, a (condition), a block { ... } or the end of the line", errors[0]);
    }

    [Fact]
    public void A_declaration_without_a_name_asks_for_one()
    {
        var errors = Errors("function f {\n  input {\n    text\n  }\n}");

        Assert.Equal(["api/shop/broken.xs(3,9): error XL1104: expected a field name after the type 'text' but found 'end of line'; write for example 'text my_field'"], errors);
    }

    [Fact]
    public void A_bracket_closed_by_the_wrong_one_names_both()
    {
        var errors = Errors("function f {\n  stack {\n    var $x {\n      value = [1, 2\n    }\n  }\n}");

        Assert.Equal("api/shop/broken.xs(5,5): error XL1102: expected ']' to close the bracket at line 4, column 15, but found '}'", errors[0]);
    }

    [Fact]
    public void Two_constructs_in_one_document_need_a_separator()
    {
        var errors = Errors("function a {\n}\nfunction b {\n}");

        Assert.Equal(["api/shop/broken.xs(3,1): error XL1108: a second construct 'function' in the same document; put each construct in its own file, or separate documents with a line ---"], errors);
    }

    [Fact]
    public void A_document_of_comments_only_is_an_error()
    {
        var errors = Errors("// nothing here\n---\nfunction a {\n}");

        Assert.Equal(["api/shop/broken.xs(2,1): error XL1107: this document holds only comments; add a construct (function, query, table, ...) or remove the ---"], errors);
    }

    [Fact]
    public void Reading_goes_on_after_an_error_at_the_next_statement_and_the_next_document()
    {
        var read = XanoScriptReader.Read("x.xs", """
            function a {
              stack {
                var $x {
                  value = 1 +* ]
                }

                %%% nonsense
                var $y {
                  value = 2
                }
              }
            }
            ---
            function b {
              stack {
                var $z {
                  value = 3
                }
              }
            }
            """);

        Assert.Equal(["x.xs(4,20): error XL1100: unexpected ']': expected a statement, an attribute (name = value), a comment or '}'", "x.xs(7,5): error XL1100: unexpected '%': expected a statement, an attribute (name = value), a comment or '}'"], read.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("b", read.Documents.Single().Name);
    }

    [Fact]
    public void Blocks_nested_deeper_than_the_limit_are_an_error_not_a_crash()
    {
        var text = "function deep {\n" + string.Concat(Enumerable.Repeat("group {\n", 200)) + string.Concat(Enumerable.Repeat("}\n", 200)) + "}";

        var read = XanoScriptReader.Read("deep.xs", text);

        Assert.Contains(read.Diagnostics, d => d.Code == "XL1105" && d.Message.StartsWith("blocks are nested deeper than 128 levels", StringComparison.Ordinal));
        Assert.Empty(read.Documents);
    }

    [Fact]
    public void Brackets_nested_deeper_than_the_limit_are_an_error_not_a_crash()
    {
        var text = "function deep {\n  response = " + new string('[', 5000) + new string(']', 5000) + "\n}";

        var read = XanoScriptReader.Read("deep.xs", text);

        Assert.Contains(read.Diagnostics, d => d.Code == "XL1105");
    }

    [Fact]
    public void A_text_longer_than_16_MiB_is_refused_before_reading()
    {
        var read = XanoScriptReader.Read("big.xs", new string(' ', XanoScriptReader.MaxLength + 1));

        Assert.Equal(["big.xs: error XL1106: the file holds 16,777,217 characters; XanoScript files may be at most 16 MiB: split the construct or move data out of it"], read.Diagnostics.Select(d => d.ToString()));
    }
}

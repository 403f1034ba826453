using System.Text;
using System.Text.Json;
using DynamicContactCenter.Routing.SessionAttributes;

namespace DynamicContactCenter.Routing.Tests.SessionAttributes;

public sealed class SessionAttributeFoldTests
{
    private static readonly KeyValuePair<string, string>[] NoResult = [];

    [Fact]
    public void Fold_ParametersSessionAndResult_LaterSourceWinsAndSessionCarriesTheUnion()
    {
        // Arrange
        var parameters = Parse("""{"environment":"prod","language":"fromParameter","sessionAttributes":"{\"language\":\"fromSession\",\"name\":\"Spanish line\"}"}""");
        KeyValuePair<string, string>[] result = [new("name", "fromResult"), new("voice", "Lupe")];

        // Act
        var sut = SessionAttributeFold.Fold(parameters, result);

        // Assert
        sut.Succeeded.ShouldBeTrue();
        var response = ReadMap(sut.ResponseJson!);
        response["environment"].ShouldBe("prod");
        response["language"].ShouldBe("fromSession");
        response["name"].ShouldBe("fromResult");
        response["voice"].ShouldBe("Lupe");
        var session = ReadMap(response["sessionAttributes"]);
        session.ShouldBe(new Dictionary<string, string>
        {
            ["environment"] = "prod",
            ["language"] = "fromSession",
            ["name"] = "fromResult",
            ["voice"] = "Lupe",
        });
    }

    [Fact]
    public void Fold_ResponseOfOneCallAsSessionOfTheNext_DoesNotNestTheSession()
    {
        // Arrange
        var first = SessionAttributeFold.Fold(Parse("""{"environment":"prod"}"""), [new("language", "English")]);
        var secondParameters = Parse(JsonSerializerHelpers.Object("sessionAttributes", ReadMap(first.ResponseJson!)["sessionAttributes"]));

        // Act
        var sut = SessionAttributeFold.Fold(secondParameters, [new("voice", "Joanna")]);

        // Assert
        var session = ReadMap(ReadMap(sut.ResponseJson!)["sessionAttributes"]);
        session.Keys.ShouldBe(["environment", "language", "voice"], ignoreOrder: true);
    }

    public static TheoryData<string, string?> AbsentSessions => new()
    {
        { """{"a":"1"}""", "no sessionAttributes key" },
        { """{"a":"1","sessionAttributes":""}""", "empty string (first call of a contact)" },
        { """{"a":"1","sessionAttributes":null}""", "JSON null" },
        { """{"a":"1","sessionAttributes":"{}"}""", "empty object" },
    };

    [Theory]
    [MemberData(nameof(AbsentSessions))]
    public void Fold_NoSession_ResponseIsParametersPlusResult(string parametersJson, string? why)
    {
        // Arrange
        var parameters = Parse(parametersJson);

        // Act
        var sut = SessionAttributeFold.Fold(parameters, [new("b", "2")]);

        // Assert
        sut.Succeeded.ShouldBeTrue(why);
        sut.Attributes.ShouldBe([new("a", "1"), new("b", "2")]);
    }

    [Theory]
    [InlineData("undefined")]
    [InlineData("null")]
    public void Fold_NoParameters_ResponseIsTheResult(string kind)
    {
        // Arrange
        var parameters = kind == "null" ? Parse("null") : default;

        // Act
        var sut = SessionAttributeFold.Fold(parameters, [new("b", "2")]);

        // Assert
        sut.ResponseJson.ShouldBe("""{"b":"2","sessionAttributes":"{\"b\":\"2\"}"}""");
    }

    public static TheoryData<string, string, string> ScalarValues => new()
    {
        { """{"n":3}""", "n", "3" },
        { """{"n":-1.50}""", "n", "-1.50" },
        { """{"b":true}""", "b", "true" },
        { """{"b":false}""", "b", "false" },
        { """{"z":null}""", "z", "" },
        { """{"s":"text"}""", "s", "text" },
    };

    [Theory]
    [MemberData(nameof(ScalarValues))]
    public void Fold_ScalarSessionValue_BecomesItsJsonText(string sessionJson, string key, string expected)
    {
        // Arrange
        var parameters = Parse(JsonSerializerHelpers.Object("sessionAttributes", sessionJson));

        // Act
        var sut = SessionAttributeFold.Fold(parameters, NoResult);

        // Assert
        sut.Succeeded.ShouldBeTrue();
        ReadMap(sut.ResponseJson!)[key].ShouldBe(expected);
    }

    [Fact]
    public void Fold_NumberParameter_BecomesItsJsonText()
    {
        // Act
        var sut = SessionAttributeFold.Fold(Parse("""{"retries":2,"vip":true}"""), NoResult);

        // Assert
        sut.Attributes.ShouldBe([new("retries", "2"), new("vip", "true")]);
    }

    [Fact]
    public void Fold_SessionGivenAsObject_IsAcceptedLikeItsJsonString()
    {
        // Act
        var sut = SessionAttributeFold.Fold(Parse("""{"sessionAttributes":{"language":"French"}}"""), NoResult);

        // Assert
        sut.Attributes.ShouldBe([new("language", "French")]);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { """{"sessionAttributes":"{not json"}""", SessionAttributeMessages.NotJson.Code, "not valid JSON" },
        { """{"sessionAttributes":"   "}""", SessionAttributeMessages.NotJson.Code, "not valid JSON" },
        { """{"sessionAttributes":"[1,2]"}""", SessionAttributeMessages.NotObject.Code, "is a JSON array" },
        { """{"sessionAttributes":"\"text\""}""", SessionAttributeMessages.NotObject.Code, "is a JSON string" },
        { """{"sessionAttributes":"42"}""", SessionAttributeMessages.NotObject.Code, "is a JSON number" },
        { """{"sessionAttributes":true}""", SessionAttributeMessages.NotObject.Code, "is a JSON boolean" },
        { """{"sessionAttributes":"{\"queue\":{\"arn\":\"x\"}}"}""", SessionAttributeMessages.NestedValue.Code, "key 'queue' holds a JSON object" },
        { """{"sessionAttributes":"{\"tags\":[\"a\"]}"}""", SessionAttributeMessages.NestedValue.Code, "key 'tags' holds a JSON array" },
        { """{"extra":{"a":"b"}}""", SessionAttributeMessages.NestedValue.Code, "Parameter key 'extra' holds a JSON object" },
        { """["a"]""", SessionAttributeMessages.ParametersNotObject.Code, "it is a JSON array" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Fold_BadInput_FailsWithCodeAndPreciseMessage(string parametersJson, string code, string messagePart)
    {
        // Act
        var sut = SessionAttributeFold.Fold(Parse(parametersJson), [new("name", "x")]);

        // Assert
        sut.Succeeded.ShouldBeFalse();
        sut.ResponseJson.ShouldBeNull();
        sut.Error!.Code.ShouldBe(code);
        sut.Error.Message.ShouldContain(messagePart);
    }

    [Fact]
    public void Fold_NestedSessionValue_NamesTheKeyInTheLocation()
    {
        // Act
        var sut = SessionAttributeFold.Fold(Parse("""{"sessionAttributes":"{\"queue\":{}}"}"""), NoResult);

        // Assert
        sut.Error!.Location.Field.ShouldBe("Details.Parameters.sessionAttributes.queue");
    }

    [Fact]
    public void Fold_ResponseOver32KB_FailsNamingTheSizeAndTheLargestKey()
    {
        // Arrange: the value appears twice (as itself and inside sessionAttributes), so 17,000 bytes give ~34 KB.
        var big = new string('x', 17_000);

        // Act
        var sut = SessionAttributeFold.Fold(default, [new("closedPrompt", big), new("voice", "Joanna")]);

        // Assert
        sut.Succeeded.ShouldBeFalse();
        sut.Error!.Code.ShouldBe(SessionAttributeMessages.ResponseTooLarge.Code);
        sut.ResponseBytes.ShouldBeGreaterThan(SessionAttributeFold.ResponseLimitBytes);
        sut.Error.Message.ShouldContain($"{sut.ResponseBytes:N0} bytes");
        sut.Error.Message.ShouldContain("'closedPrompt' (17,000 bytes)");
    }

    [Fact]
    public void Fold_ResponseJustUnderAndAtTheLimit_PassesUnderFailsAt()
    {
        // Arrange: {"k":"V","sessionAttributes":"{\"k\":\"V\"}"} is 43 bytes of structure plus two copies of V.
        var overhead = Encoding.UTF8.GetByteCount("""{"k":"","sessionAttributes":"{\"k\":\"\"}"}""");
        var underLength = (SessionAttributeFold.ResponseLimitBytes - 1 - overhead) / 2;
        var atLength = (SessionAttributeFold.ResponseLimitBytes - overhead + 1) / 2;

        // Act
        var underResult = SessionAttributeFold.Fold(default, [new("k", new string('a', underLength))]);
        var atResult = SessionAttributeFold.Fold(default, [new("k", new string('a', atLength))]);

        // Assert
        underResult.ResponseBytes.ShouldBeLessThan(SessionAttributeFold.ResponseLimitBytes);
        underResult.Succeeded.ShouldBeTrue();
        atResult.ResponseBytes.ShouldBeGreaterThanOrEqualTo(SessionAttributeFold.ResponseLimitBytes);
        atResult.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Fold_NonAsciiText_IsWrittenAsUtf8AndCountedInUtf8Bytes()
    {
        // Act
        var sut = SessionAttributeFold.Fold(default, [new("exitPrompt", "Adiós")]);

        // Assert
        sut.ResponseJson!.ShouldContain("Adiós");
        sut.ResponseBytes.ShouldBe(Encoding.UTF8.GetByteCount(sut.ResponseJson!));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Dictionary<string, string> ReadMap(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
}

internal static class JsonSerializerHelpers
{
    /// <summary>{"key": value} with value written as a JSON string.</summary>
    public static string Object(string key, string value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString(key, value);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Config;

/// <summary>The change set over the sample tenant: add a language and its number, change a prompt, move a number
/// to another queue, remove a number and the language only it used, and swap an environment.</summary>
internal static class ConfigChangeSet
{
    public const string GermanNumber = "+14443334444";
    public const string NewIntro = "Welcome to Alpha to Zulu Corp, now with German service.";

    public static RoutingData Before => SampleRoutingData.Tenant();

    public static RoutingData After
    {
        get
        {
            var data = SampleRoutingData.Tenant();
            var english = data.Languages.Single(l => l.Language == "English");
            return data with
            {
                Environments = [SampleRoutingData.Environment("prod"), SampleRoutingData.Environment("test")],
                DialedNumbers =
                [
                    .. data.DialedNumbers
                        .Where(n => n.Number != SampleRoutingData.FrenchNumber)
                        .Select(n => n.Number == SampleRoutingData.SpanishNumber ? n with { Queue = SampleRoutingData.QueueArn(4) } : n),
                    new DialedNumber(GermanNumber, "German line", SampleRoutingData.QueueArn(5), "German"),
                ],
                Languages =
                [
                    english.WithPrompt(PromptNames.Intro, NewIntro),
                    data.Languages.Single(l => l.Language == "Spanish"),
                    SampleRoutingData.Language("German", "Vicki", "de-DE"),
                ],
            };
        }
    }
}

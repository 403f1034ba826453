using System.Collections.Frozen;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>The Amazon Polly voice names Connect accepts in UpdateContactTextToSpeechVoice. The instance model may add names
/// (<c>voices:</c>) for voices released after this list.</summary>
public static class VoiceCatalog
{
    /// <summary>Connect's default voice when no Set voice block runs.</summary>
    public const string DefaultVoice = "Joanna";

    /// <summary>The built-in voice names (case-insensitive).</summary>
    public static FrozenSet<string> PollyVoices { get; } = FrozenSet.ToFrozenSet(
    [
        "Aditi", "Adriano", "Amy", "Andres", "Aria", "Arlet", "Arthur", "Astrid", "Ayanda", "Bianca", "Brian", "Burak", "Camila",
        "Carla", "Carmen", "Celine", "Chantal", "Conchita", "Cristiano", "Daniel", "Danielle", "Dora", "Elin", "Emma", "Enrique",
        "Ewa", "Filiz", "Gabrielle", "Geraint", "Giorgio", "Gregory", "Gwyneth", "Hala", "Hannah", "Hans", "Hiujin", "Ida", "Ines",
        "Isabelle", "Ivy", "Jacek", "Jan", "Jasmine", "Jihye", "Jitka", "Joanna", "Joey", "Justin", "Kajal", "Karl", "Kazuha",
        "Kendra", "Kevin", "Kimberly", "Laura", "Lea", "Lennart", "Liam", "Lisa", "Liv", "Lotte", "Lucia", "Lupe", "Mads", "Maja",
        "Marlene", "Mathieu", "Matthew", "Maxim", "Mia", "Miguel", "Mizuki", "Naja", "Niamh", "Nicole", "Ola", "Olivia", "Patrick",
        "Pedro", "Penelope", "Raveena", "Remi", "Ricardo", "Ruben", "Russell", "Ruth", "Sabrina", "Salli", "Seoyeon", "Sergio",
        "Sofie", "Stephen", "Suvi", "Takumi", "Tatyana", "Thiago", "Tiffany", "Tomoko", "Vicki", "Vitoria", "Zayd", "Zeina", "Zhiyu",
    ], StringComparer.OrdinalIgnoreCase);
}

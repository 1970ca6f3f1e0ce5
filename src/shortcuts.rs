//! Every keyboard shortcut in one table: the keys, the hint on its button, what it does and
//! where it works. The key handlers, the `?` overlay and the button hints all read it, so a
//! shortcut is changed in one place.

/// Where a shortcut works; the overlay lists them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Everywhere,
    QuestionList,
    QuestionPage,
    PracticeStart,
    Flashcards,
    MockStart,
    MockRun,
    /// While a dialog (the shortcut list) is open.
    Dialog,
}

impl Place {
    pub const ALL: [Place; 8] = [
        Self::Everywhere,
        Self::QuestionList,
        Self::QuestionPage,
        Self::PracticeStart,
        Self::Flashcards,
        Self::MockStart,
        Self::MockRun,
        Self::Dialog,
    ];

    /// The overlay's heading for it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Everywhere => "Everywhere",
            Self::QuestionList => "Questions list",
            Self::QuestionPage => "Question page",
            Self::PracticeStart => "Practice",
            Self::Flashcards => "Flashcards",
            Self::MockStart => "Mock interview",
            Self::MockRun => "During a mock",
            Self::Dialog => "This list",
        }
    }
}

/// One thing the keyboard can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Help,
    Search,
    ToggleGuide,
    PreviousQuestion,
    NextQuestion,
    StartPractice,
    ShowGuide,
    /// Enter: shows the guide, then takes the suggested grade.
    Confirm,
    Grade,
    Undo,
    Skip,
    EndSession,
    /// R on a flashcard: reads the question aloud.
    ReadAloud,
    StartMock,
    AnswerNow,
    Pause,
    NextInMock,
    /// R during a mock: reads the question again.
    ReadAgain,
    /// S during a mock: stops recording the answer before its time is up.
    StopRecording,
    CloseDialog,
}

impl Shortcut {
    pub const ALL: [Shortcut; 20] = [
        Self::Help,
        Self::Search,
        Self::ToggleGuide,
        Self::PreviousQuestion,
        Self::NextQuestion,
        Self::StartPractice,
        Self::ShowGuide,
        Self::Confirm,
        Self::Grade,
        Self::Undo,
        Self::Skip,
        Self::EndSession,
        Self::ReadAloud,
        Self::StartMock,
        Self::AnswerNow,
        Self::Pause,
        Self::NextInMock,
        Self::ReadAgain,
        Self::StopRecording,
        Self::CloseDialog,
    ];

    pub fn place(self) -> Place {
        match self {
            Self::Help => Place::Everywhere,
            Self::Search => Place::QuestionList,
            Self::ToggleGuide | Self::PreviousQuestion | Self::NextQuestion => Place::QuestionPage,
            Self::StartPractice => Place::PracticeStart,
            Self::ShowGuide
            | Self::Confirm
            | Self::Grade
            | Self::Undo
            | Self::Skip
            | Self::EndSession
            | Self::ReadAloud => Place::Flashcards,
            Self::StartMock => Place::MockStart,
            Self::AnswerNow
            | Self::Pause
            | Self::NextInMock
            | Self::ReadAgain
            | Self::StopRecording => Place::MockRun,
            Self::CloseDialog => Place::Dialog,
        }
    }

    /// The values of `KeyboardEvent.key` that trigger it. For `Grade`, the n-th key gives the
    /// n-th grade, Again to Easy.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Self::Help => &["?"],
            Self::Search => &["/"],
            Self::ToggleGuide | Self::ShowGuide => &[" "],
            Self::PreviousQuestion => &["ArrowLeft"],
            Self::NextQuestion => &["ArrowRight"],
            Self::StartPractice | Self::Confirm | Self::StartMock => &["Enter"],
            Self::Grade => &["1", "2", "3", "4"],
            Self::Undo => &["u", "U"],
            Self::Skip | Self::StopRecording => &["s", "S"],
            Self::EndSession | Self::CloseDialog => &["Escape"],
            Self::AnswerNow => &["a", "A"],
            Self::Pause => &["p", "P"],
            Self::NextInMock => &["n", "N"],
            Self::ReadAloud | Self::ReadAgain => &["r", "R"],
        }
    }

    /// Its keys as `aria-keyshortcuts` names them (`KeyboardEvent.key`, with Space spelled
    /// out): the controls that carry it tell assistive technology, and the pre-rendered page's
    /// own script (scripts/page/keys.js) answers them before the app has arrived.
    pub fn aria(self) -> String {
        let names: Vec<&str> = self
            .keys()
            .iter()
            .map(|key| if *key == " " { "Space" } else { key })
            .collect();
        names.join(" ")
    }

    /// How the key is written on its button and in the overlay.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Help => "?",
            Self::Search => "/",
            Self::ToggleGuide | Self::ShowGuide => "Space",
            Self::PreviousQuestion => "←",
            Self::NextQuestion => "→",
            Self::StartPractice | Self::Confirm | Self::StartMock => "Enter",
            Self::Grade => "1 2 3 4",
            Self::Undo => "U",
            Self::Skip | Self::StopRecording => "S",
            Self::EndSession | Self::CloseDialog => "Esc",
            Self::AnswerNow => "A",
            Self::Pause => "P",
            Self::NextInMock => "N",
            Self::ReadAloud | Self::ReadAgain => "R",
        }
    }

    /// What it does, as the overlay says it.
    pub fn does(self) -> &'static str {
        match self {
            Self::Help => "show or hide the list of shortcuts",
            Self::Search => "search",
            Self::ToggleGuide => "show or hide the answer guide",
            Self::PreviousQuestion => "previous question",
            Self::NextQuestion => "next question",
            Self::StartPractice => "start",
            Self::ShowGuide => "show the guide",
            Self::Confirm => "show the guide; then take the suggested grade",
            Self::Grade => "grade Again, Hard, Good, Easy",
            Self::Undo => "undo the last grade",
            Self::Skip => "skip the card until tomorrow",
            Self::EndSession => "end the session",
            Self::StartMock => "start",
            Self::AnswerNow => "start answering",
            Self::Pause => "pause or resume",
            Self::NextInMock => "next question",
            Self::ReadAloud => "read the question aloud (where the device has a voice)",
            Self::ReadAgain => "read the question again (where the device has a voice)",
            Self::StopRecording => "stop recording this answer",
            Self::CloseDialog => "close",
        }
    }

    /// The shortcut `key` triggers in `place`, if any.
    pub fn of_key(place: Place, key: &str) -> Option<Shortcut> {
        Self::ALL
            .into_iter()
            .find(|s| s.place() == place && s.keys().contains(&key))
    }

    /// The shortcuts of a place, in table order.
    pub fn of_place(place: Place) -> impl Iterator<Item = Shortcut> {
        Self::ALL.into_iter().filter(move |s| s.place() == place)
    }
}

#[cfg(test)]
mod tests {
    use super::{Place, Shortcut};

    #[test]
    fn no_key_means_two_things_in_one_place_or_clashes_with_an_everywhere_key() {
        for place in Place::ALL {
            let mut keys: Vec<&str> = Shortcut::of_place(place)
                .chain(Shortcut::of_place(Place::Everywhere))
                .flat_map(|s| s.keys().iter().copied())
                .collect();
            let all = keys.len();
            keys.sort_unstable();
            keys.dedup();
            let unique = if place == Place::Everywhere {
                all / 2
            } else {
                all
            };
            assert_eq!(keys.len(), unique, "{place:?} has a key twice");
        }
    }

    #[test]
    fn a_key_finds_its_shortcut_only_where_it_works() {
        assert_eq!(
            Shortcut::of_key(Place::Flashcards, "U"),
            Some(Shortcut::Undo)
        );
        assert_eq!(
            Shortcut::of_key(Place::Flashcards, "3"),
            Some(Shortcut::Grade)
        );
        assert_eq!(Shortcut::of_key(Place::QuestionPage, "u"), None);
        assert_eq!(
            Shortcut::of_key(Place::PracticeStart, "Enter"),
            Some(Shortcut::StartPractice)
        );
    }

    /// The pre-rendered page's script reads `aria-keyshortcuts` back into keys the same way:
    /// each name is a `KeyboardEvent.key`, `Space` meaning " ".
    #[test]
    fn the_aria_names_read_back_as_the_keys() {
        assert_eq!(Shortcut::ToggleGuide.aria(), "Space");
        assert_eq!(Shortcut::PreviousQuestion.aria(), "ArrowLeft");
        for shortcut in Shortcut::ALL {
            let read: Vec<String> = shortcut
                .aria()
                .split(' ')
                .map(|name| {
                    if name == "Space" {
                        " ".into()
                    } else {
                        name.into()
                    }
                })
                .collect();
            assert_eq!(read, shortcut.keys(), "{shortcut:?}");
        }
    }

    #[test]
    fn every_place_has_a_shortcut_and_every_shortcut_a_key() {
        for place in Place::ALL {
            assert!(Shortcut::of_place(place).next().is_some(), "{place:?}");
        }
        for shortcut in Shortcut::ALL {
            assert!(!shortcut.keys().is_empty() && !shortcut.hint().is_empty());
        }
    }
}

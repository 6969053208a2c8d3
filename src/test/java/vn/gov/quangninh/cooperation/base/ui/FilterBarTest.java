package vn.gov.quangninh.cooperation.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The button beside the search field unfolds the filters and folds them again, and says which. */
class FilterBarTest {

    private final TextField search = new TextField();
    private final ComboBox<String> flag = new ComboBox<>();
    private final FilterBar bar = new FilterBar(search, flag);
    private final Button unfold = (Button) bar.getComponentAt(1);

    @Test
    void theSearchFieldComesFirstThenTheButtonThenTheFilters() {
        assertThat(bar.getChildren()).containsExactly(search, unfold, flag);
        assertThat(bar.getClassNames()).contains("filter-bar", "folds");
    }

    @Test
    void aSearchFieldAloneHasNothingToUnfold() {
        var alone = new TextField();
        var searchOnly = new FilterBar(alone);
        assertThat(searchOnly.getChildren()).containsExactly(alone);
        assertThat(searchOnly.getClassNames()).containsExactly("filter-bar");
    }

    @Test
    void theButtonUnfoldsAndFolds() {
        assertThat(bar.isUnfolded()).isFalse();
        assertThat(unfold.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        unfold.click();
        assertThat(bar.isUnfolded()).isTrue();
        assertThat(bar.getClassNames()).contains("unfolded");
        assertThat(unfold.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        unfold.click();
        assertThat(bar.isUnfolded()).isFalse();
        assertThat(unfold.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }
}

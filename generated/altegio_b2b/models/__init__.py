"""Contains all the data models used in inputs/outputs.

Models are imported on first use (``altegio_b2b.models.CertificateType``), not all at once:
importing every model up front costs seconds, and one endpoint needs only a few.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abonement import Abonement
    from .abonement_balance_container import AbonementBalanceContainer
    from .abonement_data_type_0 import AbonementDataType0
    from .abonement_data_type_0_attributes import AbonementDataType0Attributes
    from .abonement_data_type_1_item import AbonementDataType1Item
    from .abonement_data_type_1_item_attributes import AbonementDataType1ItemAttributes
    from .abonement_data_type_1_item_relationships import AbonementDataType1ItemRelationships
    from .abonement_included_item import AbonementIncludedItem
    from .abonement_status import AbonementStatus
    from .abonement_type import AbonementType
    from .abonement_type_availability_item import AbonementTypeAvailabilityItem
    from .abonement_type_balance_container import AbonementTypeBalanceContainer
    from .abonement_type_balance_container_links_item import AbonementTypeBalanceContainerLinksItem
    from .abonement_type_category_type_0 import AbonementTypeCategoryType0
    from .abonement_type_field import AbonementTypeField
    from .abonement_type_field_balance_container import AbonementTypeFieldBalanceContainer
    from .account import Account
    from .activity import Activity
    from .activity_duration_details import ActivityDurationDetails
    from .activity_labels_item import ActivityLabelsItem
    from .activity_resource_instances_item import ActivityResourceInstancesItem
    from .activity_service import ActivityService
    from .activity_service_category import ActivityServiceCategory
    from .activity_staff import ActivityStaff
    from .activity_staff_position import ActivityStaffPosition
    from .apply_card_withdrawal import ApplyCardWithdrawal
    from .apply_card_withdrawal_items_item import ApplyCardWithdrawalItemsItem
    from .apply_card_withdrawal_kkm_transaction_details_container import (
        ApplyCardWithdrawalKkmTransactionDetailsContainer,
    )
    from .apply_card_withdrawal_kkm_transaction_details_container_transactions_item import (
        ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_card_withdrawal_loyalty_transactions_item import ApplyCardWithdrawalLoyaltyTransactionsItem
    from .apply_card_withdrawal_loyalty_transactions_item_type import ApplyCardWithdrawalLoyaltyTransactionsItemType
    from .apply_card_withdrawal_payment_transactions_item import ApplyCardWithdrawalPaymentTransactionsItem
    from .apply_discount_program import ApplyDiscountProgram
    from .apply_discount_program_items_item import ApplyDiscountProgramItemsItem
    from .apply_discount_program_kkm_transaction_details_container import (
        ApplyDiscountProgramKkmTransactionDetailsContainer,
    )
    from .apply_discount_program_kkm_transaction_details_container_transactions_item import (
        ApplyDiscountProgramKkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_discount_program_loyalty_transactions_item import ApplyDiscountProgramLoyaltyTransactionsItem
    from .apply_discount_program_loyalty_transactions_item_type import ApplyDiscountProgramLoyaltyTransactionsItemType
    from .apply_discount_program_payment_transactions_item import ApplyDiscountProgramPaymentTransactionsItem
    from .apply_discount_promotion_body import ApplyDiscountPromotionBody
    from .apply_loyalty_card_deduction_body import ApplyLoyaltyCardDeductionBody
    from .apply_referral_program import ApplyReferralProgram
    from .apply_referral_program_body import ApplyReferralProgramBody
    from .apply_referral_program_items_item import ApplyReferralProgramItemsItem
    from .apply_referral_program_kkm_transaction_details_container import (
        ApplyReferralProgramKkmTransactionDetailsContainer,
    )
    from .apply_referral_program_kkm_transaction_details_container_transactions_item import (
        ApplyReferralProgramKkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_referral_program_loyalty_transactions_item import ApplyReferralProgramLoyaltyTransactionsItem
    from .apply_referral_program_loyalty_transactions_item_type import ApplyReferralProgramLoyaltyTransactionsItemType
    from .apply_referral_program_payment_transactions_item import ApplyReferralProgramPaymentTransactionsItem
    from .assign_service_to_team_member_body import AssignServiceToTeamMemberBody
    from .assign_service_to_team_member_response import AssignServiceToTeamMemberResponse
    from .attendance import Attendance
    from .attendance_attendance import AttendanceAttendance
    from .attendance_records_type_0 import AttendanceRecordsType0
    from .attendance_records_type_0_additional_property import AttendanceRecordsType0AdditionalProperty
    from .auth import Auth
    from .authorize_user_body import AuthorizeUserBody
    from .authorize_user_response import AuthorizeUserResponse
    from .booking_form import BookingForm
    from .booking_form_header_images_type_0 import BookingFormHeaderImagesType0
    from .bulk_create_clients_body import BulkCreateClientsBody
    from .bulk_create_clients_body_categories import BulkCreateClientsBodyCategories
    from .calculation import Calculation
    from .calculation_currency import CalculationCurrency
    from .calculation_total_sum import CalculationTotalSum
    from .cancel_card_withdrawal import CancelCardWithdrawal
    from .cancel_card_withdrawal_items_item import CancelCardWithdrawalItemsItem
    from .cancel_card_withdrawal_kkm_transaction_details_container import (
        CancelCardWithdrawalKkmTransactionDetailsContainer,
    )
    from .cancel_card_withdrawal_kkm_transaction_details_container_transactions_item import (
        CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem,
    )
    from .cancel_card_withdrawal_loyalty_transactions_item import CancelCardWithdrawalLoyaltyTransactionsItem
    from .cancel_card_withdrawal_payment_transactions_item import CancelCardWithdrawalPaymentTransactionsItem
    from .cancel_discount_program import CancelDiscountProgram
    from .cancel_discount_program_items_item import CancelDiscountProgramItemsItem
    from .cancel_discount_program_kkm_transaction_details_container import (
        CancelDiscountProgramKkmTransactionDetailsContainer,
    )
    from .cancel_discount_program_kkm_transaction_details_container_transactions_item import (
        CancelDiscountProgramKkmTransactionDetailsContainerTransactionsItem,
    )
    from .cancel_discount_program_loyalty_transactions_item import CancelDiscountProgramLoyaltyTransactionsItem
    from .cancel_discount_program_payment_transactions_item import CancelDiscountProgramPaymentTransactionsItem
    from .cancel_discount_promotion_body import CancelDiscountPromotionBody
    from .cancel_loyalty_card_withdrawal_body import CancelLoyaltyCardWithdrawalBody
    from .card import Card
    from .card_programs_item import CardProgramsItem
    from .card_programs_item_loyalty_type import CardProgramsItemLoyaltyType
    from .card_salon_group import CardSalonGroup
    from .card_type import CardType
    from .card_type_field import CardTypeField
    from .category_node import CategoryNode
    from .category_node_children_item import CategoryNodeChildrenItem
    from .certificate import Certificate
    from .certificate_status import CertificateStatus
    from .certificate_type import CertificateType
    from .certificate_type_field import CertificateTypeField
    from .certificate_type_field_item_type import CertificateTypeFieldItemType
    from .certificate_type_item_type import CertificateTypeItemType
    from .chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
    from .chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration import ChainLoyaltyCertificateTypesCreateBodyExpiration
    from .chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_item_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_create_response import ChainLoyaltyCertificateTypesCreateResponse
    from .chain_loyalty_certificate_types_delete_response import ChainLoyaltyCertificateTypesDeleteResponse
    from .chain_loyalty_certificate_types_get_response import ChainLoyaltyCertificateTypesGetResponse
    from .chain_loyalty_certificate_types_list_response import ChainLoyaltyCertificateTypesListResponse
    from .chain_loyalty_certificate_types_update_body import ChainLoyaltyCertificateTypesUpdateBody
    from .chain_loyalty_certificate_types_update_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration import ChainLoyaltyCertificateTypesUpdateBodyExpiration
    from .chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_item_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_update_response import ChainLoyaltyCertificateTypesUpdateResponse
    from .chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody
    from .chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
    from .chain_loyalty_membership_types_clone_response import ChainLoyaltyMembershipTypesCloneResponse
    from .chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
    from .chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_create_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_create_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_create_body_period_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_create_body_service_categories import (
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
    )
    from .chain_loyalty_membership_types_create_body_services import ChainLoyaltyMembershipTypesCreateBodyServices
    from .chain_loyalty_membership_types_create_response import ChainLoyaltyMembershipTypesCreateResponse
    from .chain_loyalty_membership_types_delete_response import ChainLoyaltyMembershipTypesDeleteResponse
    from .chain_loyalty_membership_types_list_response import ChainLoyaltyMembershipTypesListResponse
    from .chain_loyalty_membership_types_read_response import ChainLoyaltyMembershipTypesReadResponse
    from .chain_loyalty_membership_types_restore_body import ChainLoyaltyMembershipTypesRestoreBody
    from .chain_loyalty_membership_types_update_body import ChainLoyaltyMembershipTypesUpdateBody
    from .chain_loyalty_membership_types_update_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_update_body_availability_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_update_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_update_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_update_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_update_body_period_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_update_response import ChainLoyaltyMembershipTypesUpdateResponse
    from .chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
    from .chain_loyalty_memberships_freeze_response import ChainLoyaltyMembershipsFreezeResponse
    from .chain_loyalty_memberships_set_balance_body import ChainLoyaltyMembershipsSetBalanceBody
    from .chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )
    from .chain_loyalty_memberships_set_balance_response import ChainLoyaltyMembershipsSetBalanceResponse
    from .chain_loyalty_memberships_set_period_body import ChainLoyaltyMembershipsSetPeriodBody
    from .chain_loyalty_memberships_set_period_body_period_unit_id import (
        ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
    )
    from .chain_loyalty_memberships_set_period_response import ChainLoyaltyMembershipsSetPeriodResponse
    from .chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
    from .chain_loyalty_memberships_unfreeze_response import ChainLoyaltyMembershipsUnfreezeResponse
    from .client import Client
    from .client_card import ClientCard
    from .client_card_programs_item import ClientCardProgramsItem
    from .client_card_programs_item_loyalty_type import ClientCardProgramsItemLoyaltyType
    from .client_card_salon_group import ClientCardSalonGroup
    from .client_card_type import ClientCardType
    from .client_categories_item import ClientCategoriesItem
    from .client_clients_item import ClientClientsItem
    from .client_custom_fields import ClientCustomFields
    from .client_salon_group import ClientSalonGroup
    from .client_schedule import ClientSchedule
    from .client_schedule_days_item import ClientScheduleDaysItem
    from .client_schedule_days_item_events_master import ClientScheduleDaysItemEventsMaster
    from .comment import Comment
    from .comment_files_item import CommentFilesItem
    from .comment_type_type_0 import CommentTypeType0
    from .comment_user_type_0 import CommentUserType0
    from .company import Company
    from .company_access import CompanyAccess
    from .company_bookforms_item import CompanyBookformsItem
    from .company_booking_widget_promo_type_0 import CompanyBookingWidgetPromoType0
    from .company_groups import CompanyGroups
    from .company_groups_additional_property import CompanyGroupsAdditionalProperty
    from .company_main_group_type_0 import CompanyMainGroupType0
    from .company_payment_policy import CompanyPaymentPolicy
    from .company_payment_policy_type import CompanyPaymentPolicyType
    from .company_social import CompanySocial
    from .company_user import CompanyUser
    from .company_user_access import CompanyUserAccess
    from .consumable import Consumable
    from .consumable_consumables_item import ConsumableConsumablesItem
    from .consumable_technological_cards_item import ConsumableTechnologicalCardsItem
    from .copy_user_permissions_to_locations_body import CopyUserPermissionsToLocationsBody
    from .copy_user_permissions_to_locations_body_user_company_links_item import (
        CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,
    )
    from .copy_user_permissions_to_locations_response import CopyUserPermissionsToLocationsResponse
    from .copy_user_permissions_to_locations_response_data_type_0 import CopyUserPermissionsToLocationsResponseDataType0
    from .create_appointment_body import CreateAppointmentBody
    from .create_appointment_body_client import CreateAppointmentBodyClient
    from .create_appointment_body_custom_fields import CreateAppointmentBodyCustomFields
    from .create_appointment_body_services_item import CreateAppointmentBodyServicesItem
    from .create_appointment_response import CreateAppointmentResponse
    from .create_booking_widget_body import CreateBookingWidgetBody
    from .create_booking_widget_body_button_position import CreateBookingWidgetBodyButtonPosition
    from .create_booking_widget_body_form_position import CreateBookingWidgetBodyFormPosition
    from .create_booking_widget_response import CreateBookingWidgetResponse
    from .create_chain_loyalty_card_transaction_body import CreateChainLoyaltyCardTransactionBody
    from .create_chain_loyalty_card_transaction_response import CreateChainLoyaltyCardTransactionResponse
    from .create_chain_loyalty_program_body import CreateChainLoyaltyProgramBody
    from .create_chain_loyalty_program_body_expiration_timeout_unit import (
        CreateChainLoyaltyProgramBodyExpirationTimeoutUnit,
    )
    from .create_chain_loyalty_program_body_good_item_type import CreateChainLoyaltyProgramBodyGoodItemType
    from .create_chain_loyalty_program_body_on_changed_notification_template import (
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate,
    )
    from .create_chain_loyalty_program_body_on_changed_notification_template_type import (
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType,
    )
    from .create_chain_loyalty_program_body_on_expiration_notification_template import (
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,
    )
    from .create_chain_loyalty_program_body_on_expiration_notification_template_type import (
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType,
    )
    from .create_chain_loyalty_program_body_params_source_type import CreateChainLoyaltyProgramBodyParamsSourceType
    from .create_chain_loyalty_program_body_rules_item import CreateChainLoyaltyProgramBodyRulesItem
    from .create_chain_loyalty_program_body_service_item_type import CreateChainLoyaltyProgramBodyServiceItemType
    from .create_chain_loyalty_program_body_type import CreateChainLoyaltyProgramBodyType
    from .create_chain_loyalty_program_body_value_unit import CreateChainLoyaltyProgramBodyValueUnit
    from .create_chain_loyalty_program_include import CreateChainLoyaltyProgramInclude
    from .create_client_account_topup_operation_body import CreateClientAccountTopupOperationBody
    from .create_client_account_topup_operation_response import CreateClientAccountTopupOperationResponse
    from .create_client_body import CreateClientBody
    from .create_client_body_categories import CreateClientBodyCategories
    from .create_client_body_custom_fields import CreateClientBodyCustomFields
    from .create_client_comment_body import CreateClientCommentBody
    from .create_client_comment_response import CreateClientCommentResponse
    from .create_custom_field_body import CreateCustomFieldBody
    from .create_custom_field_response import CreateCustomFieldResponse
    from .create_document_body import CreateDocumentBody
    from .create_document_response import CreateDocumentResponse
    from .create_event_body import CreateEventBody
    from .create_event_duplication_strategy_body import CreateEventDuplicationStrategyBody
    from .create_event_duplication_strategy_body_days_item import CreateEventDuplicationStrategyBodyDaysItem
    from .create_event_response import CreateEventResponse
    from .create_financial_transaction_body import CreateFinancialTransactionBody
    from .create_financial_transaction_response import CreateFinancialTransactionResponse
    from .create_inventory_operation_body import CreateInventoryOperationBody
    from .create_inventory_operation_body_goods_transactions_item import (
        CreateInventoryOperationBodyGoodsTransactionsItem,
    )
    from .create_inventory_operation_response import CreateInventoryOperationResponse
    from .create_location_body import CreateLocationBody
    from .create_location_response import CreateLocationResponse
    from .create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
    from .create_loyalty_card_transaction_response import CreateLoyaltyCardTransactionResponse
    from .create_payment_with_loyalty_methods_body_type_0 import CreatePaymentWithLoyaltyMethodsBodyType0
    from .create_payment_with_loyalty_methods_body_type_0_payment import CreatePaymentWithLoyaltyMethodsBodyType0Payment
    from .create_payment_with_loyalty_methods_body_type_0_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_1 import CreatePaymentWithLoyaltyMethodsBodyType1
    from .create_payment_with_loyalty_methods_body_type_1_payment import CreatePaymentWithLoyaltyMethodsBodyType1Payment
    from .create_payment_with_loyalty_methods_body_type_1_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_2 import CreatePaymentWithLoyaltyMethodsBodyType2
    from .create_payment_with_loyalty_methods_body_type_2_payment import CreatePaymentWithLoyaltyMethodsBodyType2Payment
    from .create_payment_with_loyalty_methods_body_type_2_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_3 import CreatePaymentWithLoyaltyMethodsBodyType3
    from .create_payment_with_loyalty_methods_body_type_3_payment import CreatePaymentWithLoyaltyMethodsBodyType3Payment
    from .create_payment_with_loyalty_methods_body_type_3_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_4 import CreatePaymentWithLoyaltyMethodsBodyType4
    from .create_payment_with_loyalty_methods_body_type_4_payment import CreatePaymentWithLoyaltyMethodsBodyType4Payment
    from .create_payment_with_loyalty_methods_body_type_4_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_5 import CreatePaymentWithLoyaltyMethodsBodyType5
    from .create_payment_with_loyalty_methods_body_type_5_payment import CreatePaymentWithLoyaltyMethodsBodyType5Payment
    from .create_payment_with_loyalty_methods_body_type_5_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_6 import CreatePaymentWithLoyaltyMethodsBodyType6
    from .create_payment_with_loyalty_methods_body_type_6_payment import CreatePaymentWithLoyaltyMethodsBodyType6Payment
    from .create_payment_with_loyalty_methods_body_type_6_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_response import CreatePaymentWithLoyaltyMethodsResponse
    from .create_position_quick_body import CreatePositionQuickBody
    from .create_position_quick_response import CreatePositionQuickResponse
    from .create_product_body import CreateProductBody
    from .create_product_category_body import CreateProductCategoryBody
    from .create_product_category_response import CreateProductCategoryResponse
    from .create_product_response import CreateProductResponse
    from .create_service_body import CreateServiceBody
    from .create_service_body_staff_item import CreateServiceBodyStaffItem
    from .create_service_category_body import CreateServiceCategoryBody
    from .create_service_category_response import CreateServiceCategoryResponse
    from .create_service_response import CreateServiceResponse
    from .create_tag_response import CreateTagResponse
    from .create_team_member_quick_body import CreateTeamMemberQuickBody
    from .create_team_member_quick_response import CreateTeamMemberQuickResponse
    from .create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
    from .create_timetable_client_schedule_response import CreateTimetableClientScheduleResponse
    from .create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
    from .create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem
    from .create_timetable_event_schedule_body_original_entity_type import (
        CreateTimetableEventScheduleBodyOriginalEntityType,
    )
    from .create_timetable_event_schedule_include_item import CreateTimetableEventScheduleIncludeItem
    from .create_timetable_event_schedule_response import CreateTimetableEventScheduleResponse
    from .create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
    from .create_timetable_schedule_day_body_day_of_week import CreateTimetableScheduleDayBodyDayOfWeek
    from .create_timetable_schedule_day_include_item import CreateTimetableScheduleDayIncludeItem
    from .create_timetable_schedule_day_response import CreateTimetableScheduleDayResponse
    from .create_transaction_body import CreateTransactionBody
    from .create_transaction_response import CreateTransactionResponse
    from .create_user_invitation_body import CreateUserInvitationBody
    from .create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem
    from .create_user_invitation_response import CreateUserInvitationResponse
    from .custom_field import CustomField
    from .custom_field_custom_field import CustomFieldCustomField
    from .custom_field_custom_field_type import CustomFieldCustomFieldType
    from .daily import Daily
    from .daily_currency import DailyCurrency
    from .daily_payroll_daily_item import DailyPayrollDailyItem
    from .daily_payroll_daily_item_payroll_sum import DailyPayrollDailyItemPayrollSum
    from .daily_period_calculation_daily_item import DailyPeriodCalculationDailyItem
    from .daily_period_calculation_daily_item_period_calculation import DailyPeriodCalculationDailyItemPeriodCalculation
    from .day import Day
    from .day_day_of_week import DayDayOfWeek
    from .day_events_item import DayEventsItem
    from .day_events_item_entity_master import DayEventsItemEntityMaster
    from .day_events_labels_item import DayEventsLabelsItem
    from .day_events_master import DayEventsMaster
    from .day_events_master_position_type_0 import DayEventsMasterPositionType0
    from .day_events_resource_instances_item import DayEventsResourceInstancesItem
    from .default_for_staff_and_service import DefaultForStaffAndService
    from .default_for_staff_and_service_technological_card_items_item import (
        DefaultForStaffAndServiceTechnologicalCardItemsItem,
    )
    from .delete_chain_loyalty_program_include import DeleteChainLoyaltyProgramInclude
    from .delete_custom_field_response import DeleteCustomFieldResponse
    from .delete_image_body import DeleteImageBody
    from .delete_location_account_payment_response import DeleteLocationAccountPaymentResponse
    from .delete_loyalty_payment_transaction_response import DeleteLoyaltyPaymentTransactionResponse
    from .delete_timetable_client_schedule_response import DeleteTimetableClientScheduleResponse
    from .delete_timetable_client_schedule_response_data_type_0 import DeleteTimetableClientScheduleResponseDataType0
    from .delete_timetable_event_schedule_response import DeleteTimetableEventScheduleResponse
    from .delete_timetable_event_schedule_response_data_type_0 import DeleteTimetableEventScheduleResponseDataType0
    from .delete_timetable_schedule_day_response import DeleteTimetableScheduleDayResponse
    from .delete_timetable_schedule_day_response_data_type_0 import DeleteTimetableScheduleDayResponseDataType0
    from .deposits_operation import DepositsOperation
    from .deposits_operation_deposits_transactions_item import DepositsOperationDepositsTransactionsItem
    from .deposits_operation_deposits_transactions_item_deposit import DepositsOperationDepositsTransactionsItemDeposit
    from .deposits_operation_deposits_transactions_item_deposit_type import (
        DepositsOperationDepositsTransactionsItemDepositType,
    )
    from .deposits_operation_document import DepositsOperationDocument
    from .deposits_operation_document_salon import DepositsOperationDocumentSalon
    from .deposits_operation_document_type import DepositsOperationDocumentType
    from .deposits_operation_document_user import DepositsOperationDocumentUser
    from .deposits_operation_payment_transactions_item import DepositsOperationPaymentTransactionsItem
    from .deposits_operation_payment_transactions_item_type import DepositsOperationPaymentTransactionsItemType
    from .deprecated_create_team_member_body import DeprecatedCreateTeamMemberBody
    from .deprecated_create_team_member_response import DeprecatedCreateTeamMemberResponse
    from .deprecated_get_client_list_response import DeprecatedGetClientListResponse
    from .deprecated_get_location_users_response import DeprecatedGetLocationUsersResponse
    from .deprecated_get_product_category_list_response import DeprecatedGetProductCategoryListResponse
    from .deprecated_get_service_category_list_response import DeprecatedGetServiceCategoryListResponse
    from .deprecated_get_service_list_by_id_response import DeprecatedGetServiceListByIdResponse
    from .deprecated_update_service_by_id_body import DeprecatedUpdateServiceByIdBody
    from .deprecated_update_service_by_id_body_staff_item import DeprecatedUpdateServiceByIdBodyStaffItem
    from .deprecated_update_service_by_id_response import DeprecatedUpdateServiceByIdResponse
    from .detail import Detail
    from .detail_items_item import DetailItemsItem
    from .detail_kkm_transaction_details_container import DetailKkmTransactionDetailsContainer
    from .detail_kkm_transaction_details_container_transactions_item import (
        DetailKkmTransactionDetailsContainerTransactionsItem,
    )
    from .detail_loyalty_transactions_item import DetailLoyaltyTransactionsItem
    from .detail_loyalty_transactions_item_type import DetailLoyaltyTransactionsItemType
    from .detail_payment_transactions_item import DetailPaymentTransactionsItem
    from .detail_payment_transactions_item_account import DetailPaymentTransactionsItemAccount
    from .detail_payment_transactions_item_client import DetailPaymentTransactionsItemClient
    from .detail_payment_transactions_item_expense import DetailPaymentTransactionsItemExpense
    from .disable_team_member_tips_response import DisableTeamMemberTipsResponse
    from .document import Document
    from .document_company import DocumentCompany
    from .document_company_phones_item import DocumentCompanyPhonesItem
    from .document_storage import DocumentStorage
    from .document_type import DocumentType
    from .document_user import DocumentUser
    from .duplicate_event_body import DuplicateEventBody
    from .enable_team_member_tips_response import EnableTeamMemberTipsResponse
    from .error_meta import ErrorMeta
    from .error_meta_errors import ErrorMetaErrors
    from .error_response import ErrorResponse
    from .event import Event
    from .event_entity_labels_item import EventEntityLabelsItem
    from .event_entity_master import EventEntityMaster
    from .event_entity_master_position_type_0 import EventEntityMasterPositionType0
    from .event_entity_resource_instances_item import EventEntityResourceInstancesItem
    from .event_event_entity_type import EventEventEntityType
    from .event_event_status import EventEventStatus
    from .file import File
    from .filter_ import Filter
    from .filter_code import FilterCode
    from .filter_data_item import FilterDataItem
    from .finance_transaction import FinanceTransaction
    from .finance_transaction_account import FinanceTransactionAccount
    from .finance_transaction_client import FinanceTransactionClient
    from .finance_transaction_expense import FinanceTransactionExpense
    from .finance_transaction_master_type_0 import FinanceTransactionMasterType0
    from .finance_transaction_master_type_1_item import FinanceTransactionMasterType1Item
    from .finance_transaction_supplier_type_0_item import FinanceTransactionSupplierType0Item
    from .finance_transaction_supplier_type_1 import FinanceTransactionSupplierType1
    from .fullness_daily import FullnessDaily
    from .generate_code import GenerateCode
    from .generate_loyalty_code_response import GenerateLoyaltyCodeResponse
    from .get_account_list_response import GetAccountListResponse
    from .get_appointment_calendar_settings_response import GetAppointmentCalendarSettingsResponse
    from .get_appointment_consumables_response import GetAppointmentConsumablesResponse
    from .get_appointment_list_response import GetAppointmentListResponse
    from .get_appointment_response import GetAppointmentResponse
    from .get_bill_of_materials_list_response import GetBillOfMaterialsListResponse
    from .get_booking_widget_list_response import GetBookingWidgetListResponse
    from .get_booking_widget_response import GetBookingWidgetResponse
    from .get_chain_client_account_history_response import GetChainClientAccountHistoryResponse
    from .get_chain_client_by_phone_number_response import GetChainClientByPhoneNumberResponse
    from .get_chain_list_response import GetChainListResponse
    from .get_chain_loyalty_program_include import GetChainLoyaltyProgramInclude
    from .get_chain_loyalty_transaction_list_response import GetChainLoyaltyTransactionListResponse
    from .get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
    from .get_chain_service_category_list_include import GetChainServiceCategoryListInclude
    from .get_client_file_list_response import GetClientFileListResponse
    from .get_client_gift_cards_response import GetClientGiftCardsResponse
    from .get_client_list_body import GetClientListBody
    from .get_client_list_body_fields_item import GetClientListBodyFieldsItem
    from .get_client_list_body_filters_item import GetClientListBodyFiltersItem
    from .get_client_list_body_filters_item_state import GetClientListBodyFiltersItemState
    from .get_client_list_body_operation import GetClientListBodyOperation
    from .get_client_list_body_order_by import GetClientListBodyOrderBy
    from .get_client_list_body_order_by_direction import GetClientListBodyOrderByDirection
    from .get_client_list_response import GetClientListResponse
    from .get_client_membership_activity_history_response import GetClientMembershipActivityHistoryResponse
    from .get_client_memberships_response import GetClientMembershipsResponse
    from .get_comments_response import GetCommentsResponse
    from .get_custom_field_list_response import GetCustomFieldListResponse
    from .get_day_end_report_data_response import GetDayEndReportDataResponse
    from .get_document_financial_transactions_response import GetDocumentFinancialTransactionsResponse
    from .get_document_product_transactions_response import GetDocumentProductTransactionsResponse
    from .get_document_response import GetDocumentResponse
    from .get_event_date_range_response import GetEventDateRangeResponse
    from .get_event_response import GetEventResponse
    from .get_event_search_filters_response import GetEventSearchFiltersResponse
    from .get_financial_transaction_response import GetFinancialTransactionResponse
    from .get_fiscal_transaction_list_response import GetFiscalTransactionListResponse
    from .get_gift_card_type_list_by_id_response import GetGiftCardTypeListByIdResponse
    from .get_gift_card_type_list_response import GetGiftCardTypeListResponse
    from .get_location_analytics_overall_response import GetLocationAnalyticsOverallResponse
    from .get_location_inventories_response import GetLocationInventoriesResponse
    from .get_location_list_include_item import GetLocationListIncludeItem
    from .get_location_list_response import GetLocationListResponse
    from .get_location_loyalty_program_list_response import GetLocationLoyaltyProgramListResponse
    from .get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
    from .get_location_notification_settings_response import GetLocationNotificationSettingsResponse
    from .get_location_response import GetLocationResponse
    from .get_location_users_response import GetLocationUsersResponse
    from .get_loyalty_program_client_statistics_response import GetLoyaltyProgramClientStatisticsResponse
    from .get_loyalty_program_revenue_statistics_response import GetLoyaltyProgramRevenueStatisticsResponse
    from .get_loyalty_program_team_member_statistics_response import GetLoyaltyProgramTeamMemberStatisticsResponse
    from .get_membership_type_list_by_id_response import GetMembershipTypeListByIdResponse
    from .get_membership_type_list_response import GetMembershipTypeListResponse
    from .get_message_status_list_body_item import GetMessageStatusListBodyItem
    from .get_online_booking_settings_response import GetOnlineBookingSettingsResponse
    from .get_permission_list_response import GetPermissionListResponse
    from .get_position_list_response import GetPositionListResponse
    from .get_product_category_composition_response import GetProductCategoryCompositionResponse
    from .get_product_category_list_by_ids_response import GetProductCategoryListByIdsResponse
    from .get_product_category_list_response import GetProductCategoryListResponse
    from .get_product_response import GetProductResponse
    from .get_products_list_response import GetProductsListResponse
    from .get_resource_list_response import GetResourceListResponse
    from .get_sale_transaction_response import GetSaleTransactionResponse
    from .get_service_category_list_response import GetServiceCategoryListResponse
    from .get_service_category_response import GetServiceCategoryResponse
    from .get_service_list_response import GetServiceListResponse
    from .get_service_response import GetServiceResponse
    from .get_tag_list_by_entity_entity import GetTagListByEntityEntity
    from .get_tag_list_by_entity_response import GetTagListByEntityResponse
    from .get_tax_system_list_response import GetTaxSystemListResponse
    from .get_team_member_by_id_response import GetTeamMemberByIdResponse
    from .get_team_member_calculation_schemes_count_response import GetTeamMemberCalculationSchemesCountResponse
    from .get_team_member_list_response import GetTeamMemberListResponse
    from .get_team_member_payroll_calculation_response import GetTeamMemberPayrollCalculationResponse
    from .get_team_member_payroll_calculation_response_data_type_0 import (
        GetTeamMemberPayrollCalculationResponseDataType0,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_currency import (
        GetTeamMemberPayrollCalculationResponseDataType0Currency,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_salary_items_item import (
        GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItem,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_salary_items_item_paid_type_0 import (
        GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemPaidType0,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_salary_items_item_salary_calculation_info import (
        GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryCalculationInfo,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_salary_items_item_salary_discrepancy_type_0 import (
        GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryDiscrepancyType0,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_status import (
        GetTeamMemberPayrollCalculationResponseDataType0Status,
    )
    from .get_team_member_response import GetTeamMemberResponse
    from .get_team_member_salary_calculation_response import GetTeamMemberSalaryCalculationResponse
    from .get_team_member_salary_period_response import GetTeamMemberSalaryPeriodResponse
    from .get_team_member_salary_period_response_data_type_0 import GetTeamMemberSalaryPeriodResponseDataType0
    from .get_team_member_salary_period_response_data_type_0_currency import (
        GetTeamMemberSalaryPeriodResponseDataType0Currency,
    )
    from .get_team_member_salary_schemes_response import GetTeamMemberSalarySchemesResponse
    from .get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
    from .get_team_member_schedule_list_response import GetTeamMemberScheduleListResponse
    from .get_team_member_service_bill_of_materials_response import GetTeamMemberServiceBillOfMaterialsResponse
    from .get_team_member_tip_settings_response import GetTeamMemberTipSettingsResponse
    from .get_timeslot_settings_response import GetTimeslotSettingsResponse
    from .get_transaction_response import GetTransactionResponse
    from .get_transactions_by_visit_or_appointment_id_response import GetTransactionsByVisitOrAppointmentIdResponse
    from .get_transactions_response import GetTransactionsResponse
    from .get_user_gift_cards_response import GetUserGiftCardsResponse
    from .get_user_memberships_response import GetUserMembershipsResponse
    from .get_user_notification_settings_response import GetUserNotificationSettingsResponse
    from .get_user_permissions_response import GetUserPermissionsResponse
    from .get_user_roles_include_item import GetUserRolesIncludeItem
    from .get_user_roles_response import GetUserRolesResponse
    from .get_visit_details_response import GetVisitDetailsResponse
    from .get_visit_response import GetVisitResponse
    from .good import Good
    from .good_actual_amounts_item import GoodActualAmountsItem
    from .goods_category import GoodsCategory
    from .goods_transaction import GoodsTransaction
    from .goods_transaction_client_type_0_item import GoodsTransactionClientType0Item
    from .goods_transaction_client_type_1 import GoodsTransactionClientType1
    from .goods_transaction_good import GoodsTransactionGood
    from .goods_transaction_good_actual_amounts_item import GoodsTransactionGoodActualAmountsItem
    from .goods_transaction_good_loyalty_certificate_type_type_0 import GoodsTransactionGoodLoyaltyCertificateTypeType0
    from .goods_transaction_goods_marks_item import GoodsTransactionGoodsMarksItem
    from .goods_transaction_master_type_0_item import GoodsTransactionMasterType0Item
    from .goods_transaction_master_type_1 import GoodsTransactionMasterType1
    from .goods_transaction_sale_unit_type_0 import GoodsTransactionSaleUnitType0
    from .goods_transaction_service_unit_type_0 import GoodsTransactionServiceUnitType0
    from .goods_transaction_storage import GoodsTransactionStorage
    from .goods_transaction_supplier_item import GoodsTransactionSupplierItem
    from .goods_transaction_type import GoodsTransactionType
    from .goods_transaction_unit import GoodsTransactionUnit
    from .group import Group
    from .group_access import GroupAccess
    from .group_companies_item import GroupCompaniesItem
    from .handle_fiscalization_callback_body import HandleFiscalizationCallbackBody
    from .history import History
    from .history_deposit_transaction import HistoryDepositTransaction
    from .history_deposit_transaction_type import HistoryDepositTransactionType
    from .history_loyalty_entity_changes_type_0 import HistoryLoyaltyEntityChangesType0
    from .history_operation_type import HistoryOperationType
    from .image import Image
    from .image_image_group import ImageImageGroup
    from .image_image_group_image_group import ImageImageGroupImageGroup
    from .image_image_group_images import ImageImageGroupImages
    from .income import Income
    from .income_currency import IncomeCurrency
    from .income_daily import IncomeDaily
    from .income_income_stats import IncomeIncomeStats
    from .income_income_stats_by_day_item import IncomeIncomeStatsByDayItem
    from .income_income_stats_new import IncomeIncomeStatsNew
    from .income_income_stats_old import IncomeIncomeStatsOld
    from .income_income_stats_total import IncomeIncomeStatsTotal
    from .issue_loyalty_card_body import IssueLoyaltyCardBody
    from .kkm_transaction import KkmTransaction
    from .kkm_transaction_cashier import KkmTransactionCashier
    from .kkm_transaction_document import KkmTransactionDocument
    from .kkm_transaction_status import KkmTransactionStatus
    from .kkm_transaction_type import KkmTransactionType
    from .label import Label
    from .leave_comment_body import LeaveCommentBody
    from .leave_comment_response import LeaveCommentResponse
    from .license_ import License
    from .license_license_option import LicenseLicenseOption
    from .license_options_item import LicenseOptionsItem
    from .list_client_comments_response import ListClientCommentsResponse
    from .list_roles_include_item import ListRolesIncludeItem
    from .list_roles_response import ListRolesResponse
    from .list_timetable_schedule_day_events_response import ListTimetableScheduleDayEventsResponse
    from .loyalty_card import LoyaltyCard
    from .loyalty_card_programs_item import LoyaltyCardProgramsItem
    from .loyalty_card_programs_item_loyalty_type import LoyaltyCardProgramsItemLoyaltyType
    from .loyalty_card_salon_group import LoyaltyCardSalonGroup
    from .loyalty_card_type import LoyaltyCardType
    from .loyalty_transaction import LoyaltyTransaction
    from .loyalty_transaction_kkm_state import LoyaltyTransactionKkmState
    from .loyalty_transaction_kkm_state_transactions_item import LoyaltyTransactionKkmStateTransactionsItem
    from .loyalty_transaction_payment_methods_item import LoyaltyTransactionPaymentMethodsItem
    from .loyalty_transaction_payment_methods_item_account import LoyaltyTransactionPaymentMethodsItemAccount
    from .loyalty_transaction_state import LoyaltyTransactionState
    from .loyalty_transaction_state_items_item import LoyaltyTransactionStateItemsItem
    from .loyalty_transaction_state_loyalty_transactions_item import LoyaltyTransactionStateLoyaltyTransactionsItem
    from .loyalty_transaction_state_payment_transactions_item import LoyaltyTransactionStatePaymentTransactionsItem
    from .manual_transaction import ManualTransaction
    from .meta_info import MetaInfo
    from .multiple import Multiple
    from .notification_type import NotificationType
    from .notification_type_channels import NotificationTypeChannels
    from .online import Online
    from .operation import Operation
    from .operation_document import OperationDocument
    from .operation_document_company import OperationDocumentCompany
    from .operation_document_storage import OperationDocumentStorage
    from .operation_document_type import OperationDocumentType
    from .operation_document_user import OperationDocumentUser
    from .operation_transactions_item import OperationTransactionsItem
    from .operation_transactions_item_good import OperationTransactionsItemGood
    from .operation_transactions_item_storage import OperationTransactionsItemStorage
    from .operation_transactions_item_type import OperationTransactionsItemType
    from .operation_transactions_item_unit import OperationTransactionsItemUnit
    from .overall import Overall
    from .overall_client_stats import OverallClientStats
    from .overall_fullness_stats import OverallFullnessStats
    from .overall_income_average_services_stats import OverallIncomeAverageServicesStats
    from .overall_income_average_services_stats_currency import OverallIncomeAverageServicesStatsCurrency
    from .overall_income_average_stats import OverallIncomeAverageStats
    from .overall_income_average_stats_currency import OverallIncomeAverageStatsCurrency
    from .overall_income_goods_stats import OverallIncomeGoodsStats
    from .overall_income_goods_stats_currency import OverallIncomeGoodsStatsCurrency
    from .overall_income_services_stats import OverallIncomeServicesStats
    from .overall_income_services_stats_currency import OverallIncomeServicesStatsCurrency
    from .overall_income_total_stats import OverallIncomeTotalStats
    from .overall_income_total_stats_currency import OverallIncomeTotalStatsCurrency
    from .overall_record_stats import OverallRecordStats
    from .patch_service_body import PatchServiceBody
    from .patch_service_body_staff_item import PatchServiceBodyStaffItem
    from .patch_service_response import PatchServiceResponse
    from .payment import Payment
    from .payment_kkm_state import PaymentKkmState
    from .payment_kkm_state_transactions_item import PaymentKkmStateTransactionsItem
    from .payment_payment_methods_item import PaymentPaymentMethodsItem
    from .payment_payment_methods_item_account import PaymentPaymentMethodsItemAccount
    from .payment_state import PaymentState
    from .payment_state_items_item import PaymentStateItemsItem
    from .payment_state_loyalty_transactions_item import PaymentStateLoyaltyTransactionsItem
    from .payment_state_payment_transactions_item import PaymentStatePaymentTransactionsItem
    from .payment_transaction import PaymentTransaction
    from .payment_transaction_kkm_state import PaymentTransactionKkmState
    from .payment_transaction_kkm_state_transactions_item import PaymentTransactionKkmStateTransactionsItem
    from .payment_transaction_payment_methods_item import PaymentTransactionPaymentMethodsItem
    from .payment_transaction_payment_methods_item_account import PaymentTransactionPaymentMethodsItemAccount
    from .payment_transaction_state import PaymentTransactionState
    from .payment_transaction_state_items_item import PaymentTransactionStateItemsItem
    from .payment_transaction_state_loyalty_transactions_item import PaymentTransactionStateLoyaltyTransactionsItem
    from .payment_transaction_state_payment_transactions_item import PaymentTransactionStatePaymentTransactionsItem
    from .permission import Permission
    from .permission_clients import PermissionClients
    from .permission_comers import PermissionComers
    from .permission_dashboard import PermissionDashboard
    from .permission_finances import PermissionFinances
    from .permission_loyalty import PermissionLoyalty
    from .permission_notification import PermissionNotification
    from .permission_online_record import PermissionOnlineRecord
    from .permission_other import PermissionOther
    from .permission_record_form import PermissionRecordForm
    from .permission_reports import PermissionReports
    from .permission_security import PermissionSecurity
    from .permission_settings import PermissionSettings
    from .permission_storages import PermissionStorages
    from .permission_timetable import PermissionTimetable
    from .permission_user_permissions_item import PermissionUserPermissionsItem
    from .permission_user_role import PermissionUserRole
    from .position import Position
    from .print_document_bill import PrintDocumentBill
    from .print_document_bill_bill_json_item import PrintDocumentBillBillJsonItem
    from .print_document_bill_kkm_transactions_item import PrintDocumentBillKkmTransactionsItem
    from .print_document_bill_kkm_transactions_item_cashier import PrintDocumentBillKkmTransactionsItemCashier
    from .print_document_bill_kkm_transactions_item_document import PrintDocumentBillKkmTransactionsItemDocument
    from .print_document_bill_kkm_transactions_item_status import PrintDocumentBillKkmTransactionsItemStatus
    from .print_document_bill_kkm_transactions_item_type import PrintDocumentBillKkmTransactionsItemType
    from .print_fiscal_receipt_body import PrintFiscalReceiptBody
    from .print_fiscal_receipt_response import PrintFiscalReceiptResponse
    from .program import Program
    from .program_applicable_items_item import ProgramApplicableItemsItem
    from .program_companies_item import ProgramCompaniesItem
    from .program_expiration_timeout_unit import ProgramExpirationTimeoutUnit
    from .program_good_item_type import ProgramGoodItemType
    from .program_loyalty_card_types_item import ProgramLoyaltyCardTypesItem
    from .program_message_type import ProgramMessageType
    from .program_on_changed_notification_template import ProgramOnChangedNotificationTemplate
    from .program_on_changed_notification_template_message_type import ProgramOnChangedNotificationTemplateMessageType
    from .program_on_changed_notification_template_type import ProgramOnChangedNotificationTemplateType
    from .program_on_expiration_notification_template import ProgramOnExpirationNotificationTemplate
    from .program_on_expiration_notification_template_message_type import (
        ProgramOnExpirationNotificationTemplateMessageType,
    )
    from .program_on_expiration_notification_template_type import ProgramOnExpirationNotificationTemplateType
    from .program_params_source_type import ProgramParamsSourceType
    from .program_rules_item import ProgramRulesItem
    from .program_service_item_type import ProgramServiceItemType
    from .program_type import ProgramType
    from .program_value_unit import ProgramValueUnit
    from .quick import Quick
    from .quick_position_type_0 import QuickPositionType0
    from .quick_services_binding_type import QuickServicesBindingType
    from .record import Record
    from .record_client_type_0 import RecordClientType0
    from .record_comer_person_info_type_0 import RecordComerPersonInfoType0
    from .record_consumable import RecordConsumable
    from .record_consumable_consumables_item import RecordConsumableConsumablesItem
    from .record_consumable_technological_cards_item import RecordConsumableTechnologicalCardsItem
    from .record_custom_fields_type_0 import RecordCustomFieldsType0
    from .record_documents_item import RecordDocumentsItem
    from .record_services_item import RecordServicesItem
    from .record_source import RecordSource
    from .record_staff import RecordStaff
    from .record_status import RecordStatus
    from .records_daily import RecordsDaily
    from .remove_service_from_team_member_response import RemoveServiceFromTeamMemberResponse
    from .remove_service_from_team_member_response_data_type_0 import RemoveServiceFromTeamMemberResponseDataType0
    from .remove_user_from_locations_body import RemoveUserFromLocationsBody
    from .remove_user_from_locations_body_user_company_links_item import RemoveUserFromLocationsBodyUserCompanyLinksItem
    from .remove_user_from_locations_response import RemoveUserFromLocationsResponse
    from .remove_user_from_locations_response_data_type_0 import RemoveUserFromLocationsResponseDataType0
    from .resource import Resource
    from .resource_instances_item import ResourceInstancesItem
    from .role import Role
    from .role_slug import RoleSlug
    from .role_user_permissions_type_0_item import RoleUserPermissionsType0Item
    from .salary_scheme import SalaryScheme
    from .salary_scheme_salary_scheme import SalarySchemeSalaryScheme
    from .salary_schemes_count import SalarySchemesCount
    from .sale import Sale
    from .sale_kkm_state import SaleKkmState
    from .sale_kkm_state_transactions_item import SaleKkmStateTransactionsItem
    from .sale_payment_methods_item import SalePaymentMethodsItem
    from .sale_payment_methods_item_account import SalePaymentMethodsItemAccount
    from .sale_state import SaleState
    from .sale_state_items_item import SaleStateItemsItem
    from .sale_state_loyalty_transactions_item import SaleStateLoyaltyTransactionsItem
    from .sale_state_payment_transactions_item import SaleStatePaymentTransactionsItem
    from .salon import Salon
    from .salon_salon_group import SalonSalonGroup
    from .schedule import Schedule
    from .schedule_busy_intervals_item import ScheduleBusyIntervalsItem
    from .schedule_days_item import ScheduleDaysItem
    from .schedule_days_item_events_master import ScheduleDaysItemEventsMaster
    from .schedule_original_entity_type import ScheduleOriginalEntityType
    from .schedule_slots_item import ScheduleSlotsItem
    from .schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem
    from .schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )
    from .seance import Seance
    from .search_client_visits_body import SearchClientVisitsBody
    from .search_client_visits_body_attendance_type_0 import SearchClientVisitsBodyAttendanceType0
    from .search_client_visits_body_payment_statuses_item import SearchClientVisitsBodyPaymentStatusesItem
    from .search_client_visits_response import SearchClientVisitsResponse
    from .search_dates_range import SearchDatesRange
    from .search_event_services_response import SearchEventServicesResponse
    from .search_events_response import SearchEventsResponse
    from .search_for_product_transactions_response import SearchForProductTransactionsResponse
    from .search_product_response import SearchProductResponse
    from .search_team_member_calculation_daily_salary_response import SearchTeamMemberCalculationDailySalaryResponse
    from .search_team_member_calculation_salary_response import SearchTeamMemberCalculationSalaryResponse
    from .search_team_member_payroll_calculation_response import SearchTeamMemberPayrollCalculationResponse
    from .search_team_member_period_daily_salary_response import SearchTeamMemberPeriodDailySalaryResponse
    from .search_team_member_period_salary_response import SearchTeamMemberPeriodSalaryResponse
    from .search_timetable_event_schedules_by_event_entity_type import SearchTimetableEventSchedulesByEventEntityType
    from .search_timetable_event_schedules_by_event_include_item import SearchTimetableEventSchedulesByEventIncludeItem
    from .search_timetable_event_schedules_by_event_response import SearchTimetableEventSchedulesByEventResponse
    from .send_email_campaign_to_filtered_clients_body import SendEmailCampaignToFilteredClientsBody
    from .send_email_campaign_to_filtered_clients_response import SendEmailCampaignToFilteredClientsResponse
    from .send_email_newsletter_to_clients_body import SendEmailNewsletterToClientsBody
    from .send_email_newsletter_to_clients_response import SendEmailNewsletterToClientsResponse
    from .send_sms_campaign_to_filtered_clients_body import SendSmsCampaignToFilteredClientsBody
    from .send_sms_campaign_to_filtered_clients_response import SendSmsCampaignToFilteredClientsResponse
    from .send_sms_to_clients_body import SendSmsToClientsBody
    from .send_sms_to_clients_response import SendSmsToClientsResponse
    from .service import Service
    from .service_category import ServiceCategory
    from .service_category_field import ServiceCategoryField
    from .service_category_services_item import ServiceCategoryServicesItem
    from .service_dates_item import ServiceDatesItem
    from .service_image_group_item import ServiceImageGroupItem
    from .service_resources_item import ServiceResourcesItem
    from .service_staff_item import ServiceStaffItem
    from .set_balance import SetBalance
    from .set_balance_balance_container import SetBalanceBalanceContainer
    from .set_period import SetPeriod
    from .set_team_member_schedule_body import SetTeamMemberScheduleBody
    from .set_team_member_schedule_body_schedules_to_delete_item import SetTeamMemberScheduleBodySchedulesToDeleteItem
    from .set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem
    from .set_team_member_schedule_response import SetTeamMemberScheduleResponse
    from .setting import Setting
    from .setting_staff import SettingStaff
    from .setting_staff_employee import SettingStaffEmployee
    from .setting_staff_position import SettingStaffPosition
    from .setting_staff_user import SettingStaffUser
    from .staff import Staff
    from .staff_client_stats import StaffClientStats
    from .staff_currency import StaffCurrency
    from .staff_image_group_type_0 import StaffImageGroupType0
    from .staff_image_group_type_0_images import StaffImageGroupType0Images
    from .staff_image_group_type_1_item import StaffImageGroupType1Item
    from .staff_position_type_0 import StaffPositionType0
    from .staff_staff import StaffStaff
    from .staff_total_sum import StaffTotalSum
    from .staff_user_item import StaffUserItem
    from .storage import Storage
    from .tax_system import TaxSystem
    from .tax_system_vats_item import TaxSystemVatsItem
    from .technological_card import TechnologicalCard
    from .technological_card_consumables_item import TechnologicalCardConsumablesItem
    from .technological_card_technological_card_items_item import TechnologicalCardTechnologicalCardItemsItem
    from .technological_card_technological_cards_item import TechnologicalCardTechnologicalCardsItem
    from .timeslot import Timeslot
    from .timeslot_dates_settings_item import TimeslotDatesSettingsItem
    from .timeslot_dates_settings_item_setting import TimeslotDatesSettingsItemSetting
    from .timeslot_weekdays_settings_item import TimeslotWeekdaysSettingsItem
    from .timeslot_weekdays_settings_item_setting import TimeslotWeekdaysSettingsItemSetting
    from .timetable import Timetable
    from .transaction import Transaction
    from .transaction_account import TransactionAccount
    from .transaction_client import TransactionClient
    from .transaction_clients import TransactionClients
    from .transaction_expense import TransactionExpense
    from .transaction_good import TransactionGood
    from .transaction_master import TransactionMaster
    from .transaction_program import TransactionProgram
    from .transaction_service import TransactionService
    from .transaction_storage import TransactionStorage
    from .transaction_supplier import TransactionSupplier
    from .transaction_type_type_0 import TransactionTypeType0
    from .transaction_unit import TransactionUnit
    from .unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
    from .unlink_appointment_service_association_response import UnlinkAppointmentServiceAssociationResponse
    from .update_appointment_attendance_body import UpdateAppointmentAttendanceBody
    from .update_appointment_attendance_body_attendance import UpdateAppointmentAttendanceBodyAttendance
    from .update_appointment_attendance_response import UpdateAppointmentAttendanceResponse
    from .update_appointment_body import UpdateAppointmentBody
    from .update_appointment_body_client import UpdateAppointmentBodyClient
    from .update_appointment_body_custom_fields import UpdateAppointmentBodyCustomFields
    from .update_appointment_body_services_item import UpdateAppointmentBodyServicesItem
    from .update_appointment_calendar_settings_body import UpdateAppointmentCalendarSettingsBody
    from .update_appointment_calendar_settings_response import UpdateAppointmentCalendarSettingsResponse
    from .update_appointment_response import UpdateAppointmentResponse
    from .update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
    from .update_appointment_service_consumables_body_consumables_item import (
        UpdateAppointmentServiceConsumablesBodyConsumablesItem,
    )
    from .update_appointment_service_consumables_response import UpdateAppointmentServiceConsumablesResponse
    from .update_booking_widget_body import UpdateBookingWidgetBody
    from .update_booking_widget_body_button_position import UpdateBookingWidgetBodyButtonPosition
    from .update_booking_widget_body_form_position import UpdateBookingWidgetBodyFormPosition
    from .update_booking_widget_response import UpdateBookingWidgetResponse
    from .update_chain_loyalty_program_body import UpdateChainLoyaltyProgramBody
    from .update_chain_loyalty_program_body_expiration_timeout_unit import (
        UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit,
    )
    from .update_chain_loyalty_program_body_on_changed_notification_template import (
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate,
    )
    from .update_chain_loyalty_program_body_on_changed_notification_template_type import (
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType,
    )
    from .update_chain_loyalty_program_body_on_expiration_notification_template import (
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,
    )
    from .update_chain_loyalty_program_body_on_expiration_notification_template_type import (
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType,
    )
    from .update_chain_loyalty_program_body_rules_item import UpdateChainLoyaltyProgramBodyRulesItem
    from .update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
    from .update_client_body import UpdateClientBody
    from .update_client_body_custom_fields import UpdateClientBodyCustomFields
    from .update_client_body_labels import UpdateClientBodyLabels
    from .update_custom_field_body import UpdateCustomFieldBody
    from .update_custom_field_response import UpdateCustomFieldResponse
    from .update_document_body import UpdateDocumentBody
    from .update_document_response import UpdateDocumentResponse
    from .update_event_body import UpdateEventBody
    from .update_event_duplication_strategy_body import UpdateEventDuplicationStrategyBody
    from .update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem
    from .update_event_response import UpdateEventResponse
    from .update_financial_transaction_body import UpdateFinancialTransactionBody
    from .update_financial_transaction_response import UpdateFinancialTransactionResponse
    from .update_location_body import UpdateLocationBody
    from .update_location_body_social import UpdateLocationBodySocial
    from .update_location_response import UpdateLocationResponse
    from .update_online_booking_settings_body import UpdateOnlineBookingSettingsBody
    from .update_online_booking_settings_response import UpdateOnlineBookingSettingsResponse
    from .update_product_body import UpdateProductBody
    from .update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem
    from .update_product_category_body import UpdateProductCategoryBody
    from .update_product_category_response import UpdateProductCategoryResponse
    from .update_product_response import UpdateProductResponse
    from .update_service_category_body import UpdateServiceCategoryBody
    from .update_service_category_response import UpdateServiceCategoryResponse
    from .update_service_links_body import UpdateServiceLinksBody
    from .update_service_links_body_team_member_settings_item import UpdateServiceLinksBodyTeamMemberSettingsItem
    from .update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem
    from .update_service_links_response import UpdateServiceLinksResponse
    from .update_service_links_response_data_type_0 import UpdateServiceLinksResponseDataType0
    from .update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
    from .update_service_team_member_assignment_response import UpdateServiceTeamMemberAssignmentResponse
    from .update_tag_by_tag_id_body import UpdateTagByTagIdBody
    from .update_team_member_body import UpdateTeamMemberBody
    from .update_team_member_response import UpdateTeamMemberResponse
    from .update_team_member_schedule_body import UpdateTeamMemberScheduleBody
    from .update_team_member_schedule_body_slots import UpdateTeamMemberScheduleBodySlots
    from .update_timetable_client_schedule_body import UpdateTimetableClientScheduleBody
    from .update_timetable_client_schedule_response import UpdateTimetableClientScheduleResponse
    from .update_timetable_event_schedule_body import UpdateTimetableEventScheduleBody
    from .update_timetable_event_schedule_response import UpdateTimetableEventScheduleResponse
    from .update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
    from .update_timetable_schedule_day_include_item import UpdateTimetableScheduleDayIncludeItem
    from .update_timetable_schedule_day_response import UpdateTimetableScheduleDayResponse
    from .update_transaction_body import UpdateTransactionBody
    from .update_transaction_response import UpdateTransactionResponse
    from .update_user_notification_settings_body import UpdateUserNotificationSettingsBody
    from .update_user_notification_settings_body_notification_types_item import (
        UpdateUserNotificationSettingsBodyNotificationTypesItem,
    )
    from .update_user_notification_settings_body_notification_types_item_channels import (
        UpdateUserNotificationSettingsBodyNotificationTypesItemChannels,
    )
    from .update_user_notification_settings_response import UpdateUserNotificationSettingsResponse
    from .update_user_permissions_body import UpdateUserPermissionsBody
    from .update_user_permissions_body_user_permissions_item import UpdateUserPermissionsBodyUserPermissionsItem
    from .update_user_permissions_body_user_role import UpdateUserPermissionsBodyUserRole
    from .update_user_permissions_response import UpdateUserPermissionsResponse
    from .update_visit_body import UpdateVisitBody
    from .update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem
    from .update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem
    from .update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem
    from .update_visit_body_services_item import UpdateVisitBodyServicesItem
    from .upload_client_file_body import UploadClientFileBody
    from .upload_client_file_response import UploadClientFileResponse
    from .upload_image_body import UploadImageBody
    from .user import User
    from .user_mode import UserMode
    from .user_notification_types_item import UserNotificationTypesItem
    from .user_notification_types_item_channels import UserNotificationTypesItemChannels
    from .visit import Visit
    from .visit_client_stats import VisitClientStats
    from .visit_client_stats_new import VisitClientStatsNew
    from .visit_client_stats_old import VisitClientStatsOld
    from .visit_client_stats_total import VisitClientStatsTotal
    from .visit_goods_transactions_item import VisitGoodsTransactionsItem
    from .visit_goods_transactions_item_company import VisitGoodsTransactionsItemCompany
    from .visit_goods_transactions_item_staff import VisitGoodsTransactionsItemStaff
    from .visit_records_item import VisitRecordsItem
    from .visit_records_item_client import VisitRecordsItemClient
    from .visit_records_item_comer import VisitRecordsItemComer
    from .visit_records_item_company import VisitRecordsItemCompany
    from .visit_records_item_staff import VisitRecordsItemStaff
    from .visit_records_item_tips import VisitRecordsItemTips
    from .visit_visits_stats_by_day_item import VisitVisitsStatsByDayItem
    from .z_report import ZReport
    from .z_report_paids import ZReportPaids
    from .z_report_paids_accounts_item import ZReportPaidsAccountsItem
    from .z_report_paids_discount_item import ZReportPaidsDiscountItem
    from .z_report_paids_total import ZReportPaidsTotal
    from .z_report_stats import ZReportStats
    from .z_report_z_data import ZReportZData
    from .z_report_z_data_1481101200_item import ZReportZData1481101200Item

_MODULE_OF: dict[str, str] = {
    "Abonement": ".abonement",
    "AbonementBalanceContainer": ".abonement_balance_container",
    "AbonementDataType0": ".abonement_data_type_0",
    "AbonementDataType0Attributes": ".abonement_data_type_0_attributes",
    "AbonementDataType1Item": ".abonement_data_type_1_item",
    "AbonementDataType1ItemAttributes": ".abonement_data_type_1_item_attributes",
    "AbonementDataType1ItemRelationships": ".abonement_data_type_1_item_relationships",
    "AbonementIncludedItem": ".abonement_included_item",
    "AbonementStatus": ".abonement_status",
    "AbonementType": ".abonement_type",
    "AbonementTypeAvailabilityItem": ".abonement_type_availability_item",
    "AbonementTypeBalanceContainer": ".abonement_type_balance_container",
    "AbonementTypeBalanceContainerLinksItem": ".abonement_type_balance_container_links_item",
    "AbonementTypeCategoryType0": ".abonement_type_category_type_0",
    "AbonementTypeField": ".abonement_type_field",
    "AbonementTypeFieldBalanceContainer": ".abonement_type_field_balance_container",
    "Account": ".account",
    "Activity": ".activity",
    "ActivityDurationDetails": ".activity_duration_details",
    "ActivityLabelsItem": ".activity_labels_item",
    "ActivityResourceInstancesItem": ".activity_resource_instances_item",
    "ActivityService": ".activity_service",
    "ActivityServiceCategory": ".activity_service_category",
    "ActivityStaff": ".activity_staff",
    "ActivityStaffPosition": ".activity_staff_position",
    "ApplyCardWithdrawal": ".apply_card_withdrawal",
    "ApplyCardWithdrawalItemsItem": ".apply_card_withdrawal_items_item",
    "ApplyCardWithdrawalKkmTransactionDetailsContainer": ".apply_card_withdrawal_kkm_transaction_details_container",
    "ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem": ".apply_card_withdrawal_kkm_transaction_details_container_transactions_item",
    "ApplyCardWithdrawalLoyaltyTransactionsItem": ".apply_card_withdrawal_loyalty_transactions_item",
    "ApplyCardWithdrawalLoyaltyTransactionsItemType": ".apply_card_withdrawal_loyalty_transactions_item_type",
    "ApplyCardWithdrawalPaymentTransactionsItem": ".apply_card_withdrawal_payment_transactions_item",
    "ApplyDiscountProgram": ".apply_discount_program",
    "ApplyDiscountProgramItemsItem": ".apply_discount_program_items_item",
    "ApplyDiscountProgramKkmTransactionDetailsContainer": ".apply_discount_program_kkm_transaction_details_container",
    "ApplyDiscountProgramKkmTransactionDetailsContainerTransactionsItem": ".apply_discount_program_kkm_transaction_details_container_transactions_item",
    "ApplyDiscountProgramLoyaltyTransactionsItem": ".apply_discount_program_loyalty_transactions_item",
    "ApplyDiscountProgramLoyaltyTransactionsItemType": ".apply_discount_program_loyalty_transactions_item_type",
    "ApplyDiscountProgramPaymentTransactionsItem": ".apply_discount_program_payment_transactions_item",
    "ApplyDiscountPromotionBody": ".apply_discount_promotion_body",
    "ApplyLoyaltyCardDeductionBody": ".apply_loyalty_card_deduction_body",
    "ApplyReferralProgram": ".apply_referral_program",
    "ApplyReferralProgramBody": ".apply_referral_program_body",
    "ApplyReferralProgramItemsItem": ".apply_referral_program_items_item",
    "ApplyReferralProgramKkmTransactionDetailsContainer": ".apply_referral_program_kkm_transaction_details_container",
    "ApplyReferralProgramKkmTransactionDetailsContainerTransactionsItem": ".apply_referral_program_kkm_transaction_details_container_transactions_item",
    "ApplyReferralProgramLoyaltyTransactionsItem": ".apply_referral_program_loyalty_transactions_item",
    "ApplyReferralProgramLoyaltyTransactionsItemType": ".apply_referral_program_loyalty_transactions_item_type",
    "ApplyReferralProgramPaymentTransactionsItem": ".apply_referral_program_payment_transactions_item",
    "AssignServiceToTeamMemberBody": ".assign_service_to_team_member_body",
    "AssignServiceToTeamMemberResponse": ".assign_service_to_team_member_response",
    "Attendance": ".attendance",
    "AttendanceAttendance": ".attendance_attendance",
    "AttendanceRecordsType0": ".attendance_records_type_0",
    "AttendanceRecordsType0AdditionalProperty": ".attendance_records_type_0_additional_property",
    "Auth": ".auth",
    "AuthorizeUserBody": ".authorize_user_body",
    "AuthorizeUserResponse": ".authorize_user_response",
    "BookingForm": ".booking_form",
    "BookingFormHeaderImagesType0": ".booking_form_header_images_type_0",
    "BulkCreateClientsBody": ".bulk_create_clients_body",
    "BulkCreateClientsBodyCategories": ".bulk_create_clients_body_categories",
    "Calculation": ".calculation",
    "CalculationCurrency": ".calculation_currency",
    "CalculationTotalSum": ".calculation_total_sum",
    "CancelCardWithdrawal": ".cancel_card_withdrawal",
    "CancelCardWithdrawalItemsItem": ".cancel_card_withdrawal_items_item",
    "CancelCardWithdrawalKkmTransactionDetailsContainer": ".cancel_card_withdrawal_kkm_transaction_details_container",
    "CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem": ".cancel_card_withdrawal_kkm_transaction_details_container_transactions_item",
    "CancelCardWithdrawalLoyaltyTransactionsItem": ".cancel_card_withdrawal_loyalty_transactions_item",
    "CancelCardWithdrawalPaymentTransactionsItem": ".cancel_card_withdrawal_payment_transactions_item",
    "CancelDiscountProgram": ".cancel_discount_program",
    "CancelDiscountProgramItemsItem": ".cancel_discount_program_items_item",
    "CancelDiscountProgramKkmTransactionDetailsContainer": ".cancel_discount_program_kkm_transaction_details_container",
    "CancelDiscountProgramKkmTransactionDetailsContainerTransactionsItem": ".cancel_discount_program_kkm_transaction_details_container_transactions_item",
    "CancelDiscountProgramLoyaltyTransactionsItem": ".cancel_discount_program_loyalty_transactions_item",
    "CancelDiscountProgramPaymentTransactionsItem": ".cancel_discount_program_payment_transactions_item",
    "CancelDiscountPromotionBody": ".cancel_discount_promotion_body",
    "CancelLoyaltyCardWithdrawalBody": ".cancel_loyalty_card_withdrawal_body",
    "Card": ".card",
    "CardProgramsItem": ".card_programs_item",
    "CardProgramsItemLoyaltyType": ".card_programs_item_loyalty_type",
    "CardSalonGroup": ".card_salon_group",
    "CardType": ".card_type",
    "CardTypeField": ".card_type_field",
    "CategoryNode": ".category_node",
    "CategoryNodeChildrenItem": ".category_node_children_item",
    "Certificate": ".certificate",
    "CertificateStatus": ".certificate_status",
    "CertificateType": ".certificate_type",
    "CertificateTypeField": ".certificate_type_field",
    "CertificateTypeFieldItemType": ".certificate_type_field_item_type",
    "CertificateTypeItemType": ".certificate_type_item_type",
    "ChainLoyaltyCertificateTypesCreateBody": ".chain_loyalty_certificate_types_create_body",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_create_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration": ".chain_loyalty_certificate_types_create_body_expiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId": ".chain_loyalty_certificate_types_create_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId": ".chain_loyalty_certificate_types_create_body_item_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale": ".chain_loyalty_certificate_types_create_body_online_sale",
    "ChainLoyaltyCertificateTypesCreateResponse": ".chain_loyalty_certificate_types_create_response",
    "ChainLoyaltyCertificateTypesDeleteResponse": ".chain_loyalty_certificate_types_delete_response",
    "ChainLoyaltyCertificateTypesGetResponse": ".chain_loyalty_certificate_types_get_response",
    "ChainLoyaltyCertificateTypesListResponse": ".chain_loyalty_certificate_types_list_response",
    "ChainLoyaltyCertificateTypesUpdateBody": ".chain_loyalty_certificate_types_update_body",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_update_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration": ".chain_loyalty_certificate_types_update_body_expiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId": ".chain_loyalty_certificate_types_update_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId": ".chain_loyalty_certificate_types_update_body_item_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale": ".chain_loyalty_certificate_types_update_body_online_sale",
    "ChainLoyaltyCertificateTypesUpdateResponse": ".chain_loyalty_certificate_types_update_response",
    "ChainLoyaltyMembershipTypesArchiveBody": ".chain_loyalty_membership_types_archive_body",
    "ChainLoyaltyMembershipTypesCloneBody": ".chain_loyalty_membership_types_clone_body",
    "ChainLoyaltyMembershipTypesCloneResponse": ".chain_loyalty_membership_types_clone_response",
    "ChainLoyaltyMembershipTypesCreateBody": ".chain_loyalty_membership_types_create_body",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_create_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem": ".chain_loyalty_membership_types_create_body_availability_item",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_create_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId": ".chain_loyalty_membership_types_create_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_create_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId": ".chain_loyalty_membership_types_create_body_period_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories": ".chain_loyalty_membership_types_create_body_service_categories",
    "ChainLoyaltyMembershipTypesCreateBodyServices": ".chain_loyalty_membership_types_create_body_services",
    "ChainLoyaltyMembershipTypesCreateResponse": ".chain_loyalty_membership_types_create_response",
    "ChainLoyaltyMembershipTypesDeleteResponse": ".chain_loyalty_membership_types_delete_response",
    "ChainLoyaltyMembershipTypesListResponse": ".chain_loyalty_membership_types_list_response",
    "ChainLoyaltyMembershipTypesReadResponse": ".chain_loyalty_membership_types_read_response",
    "ChainLoyaltyMembershipTypesRestoreBody": ".chain_loyalty_membership_types_restore_body",
    "ChainLoyaltyMembershipTypesUpdateBody": ".chain_loyalty_membership_types_update_body",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_update_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem": ".chain_loyalty_membership_types_update_body_availability_item",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_update_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId": ".chain_loyalty_membership_types_update_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_update_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId": ".chain_loyalty_membership_types_update_body_period_unit_id",
    "ChainLoyaltyMembershipTypesUpdateResponse": ".chain_loyalty_membership_types_update_response",
    "ChainLoyaltyMembershipsFreezeBody": ".chain_loyalty_memberships_freeze_body",
    "ChainLoyaltyMembershipsFreezeResponse": ".chain_loyalty_memberships_freeze_response",
    "ChainLoyaltyMembershipsSetBalanceBody": ".chain_loyalty_memberships_set_balance_body",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem": ".chain_loyalty_memberships_set_balance_body_services_balance_count_item",
    "ChainLoyaltyMembershipsSetBalanceResponse": ".chain_loyalty_memberships_set_balance_response",
    "ChainLoyaltyMembershipsSetPeriodBody": ".chain_loyalty_memberships_set_period_body",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId": ".chain_loyalty_memberships_set_period_body_period_unit_id",
    "ChainLoyaltyMembershipsSetPeriodResponse": ".chain_loyalty_memberships_set_period_response",
    "ChainLoyaltyMembershipsUnfreezeBody": ".chain_loyalty_memberships_unfreeze_body",
    "ChainLoyaltyMembershipsUnfreezeResponse": ".chain_loyalty_memberships_unfreeze_response",
    "Client": ".client",
    "ClientCard": ".client_card",
    "ClientCardProgramsItem": ".client_card_programs_item",
    "ClientCardProgramsItemLoyaltyType": ".client_card_programs_item_loyalty_type",
    "ClientCardSalonGroup": ".client_card_salon_group",
    "ClientCardType": ".client_card_type",
    "ClientCategoriesItem": ".client_categories_item",
    "ClientClientsItem": ".client_clients_item",
    "ClientCustomFields": ".client_custom_fields",
    "ClientSalonGroup": ".client_salon_group",
    "ClientSchedule": ".client_schedule",
    "ClientScheduleDaysItem": ".client_schedule_days_item",
    "ClientScheduleDaysItemEventsMaster": ".client_schedule_days_item_events_master",
    "Comment": ".comment",
    "CommentFilesItem": ".comment_files_item",
    "CommentTypeType0": ".comment_type_type_0",
    "CommentUserType0": ".comment_user_type_0",
    "Company": ".company",
    "CompanyAccess": ".company_access",
    "CompanyBookformsItem": ".company_bookforms_item",
    "CompanyBookingWidgetPromoType0": ".company_booking_widget_promo_type_0",
    "CompanyGroups": ".company_groups",
    "CompanyGroupsAdditionalProperty": ".company_groups_additional_property",
    "CompanyMainGroupType0": ".company_main_group_type_0",
    "CompanyPaymentPolicy": ".company_payment_policy",
    "CompanyPaymentPolicyType": ".company_payment_policy_type",
    "CompanySocial": ".company_social",
    "CompanyUser": ".company_user",
    "CompanyUserAccess": ".company_user_access",
    "Consumable": ".consumable",
    "ConsumableConsumablesItem": ".consumable_consumables_item",
    "ConsumableTechnologicalCardsItem": ".consumable_technological_cards_item",
    "CopyUserPermissionsToLocationsBody": ".copy_user_permissions_to_locations_body",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem": ".copy_user_permissions_to_locations_body_user_company_links_item",
    "CopyUserPermissionsToLocationsResponse": ".copy_user_permissions_to_locations_response",
    "CopyUserPermissionsToLocationsResponseDataType0": ".copy_user_permissions_to_locations_response_data_type_0",
    "CreateAppointmentBody": ".create_appointment_body",
    "CreateAppointmentBodyClient": ".create_appointment_body_client",
    "CreateAppointmentBodyCustomFields": ".create_appointment_body_custom_fields",
    "CreateAppointmentBodyServicesItem": ".create_appointment_body_services_item",
    "CreateAppointmentResponse": ".create_appointment_response",
    "CreateBookingWidgetBody": ".create_booking_widget_body",
    "CreateBookingWidgetBodyButtonPosition": ".create_booking_widget_body_button_position",
    "CreateBookingWidgetBodyFormPosition": ".create_booking_widget_body_form_position",
    "CreateBookingWidgetResponse": ".create_booking_widget_response",
    "CreateChainLoyaltyCardTransactionBody": ".create_chain_loyalty_card_transaction_body",
    "CreateChainLoyaltyCardTransactionResponse": ".create_chain_loyalty_card_transaction_response",
    "CreateChainLoyaltyProgramBody": ".create_chain_loyalty_program_body",
    "CreateChainLoyaltyProgramBodyExpirationTimeoutUnit": ".create_chain_loyalty_program_body_expiration_timeout_unit",
    "CreateChainLoyaltyProgramBodyGoodItemType": ".create_chain_loyalty_program_body_good_item_type",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate": ".create_chain_loyalty_program_body_on_changed_notification_template",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType": ".create_chain_loyalty_program_body_on_changed_notification_template_type",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate": ".create_chain_loyalty_program_body_on_expiration_notification_template",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType": ".create_chain_loyalty_program_body_on_expiration_notification_template_type",
    "CreateChainLoyaltyProgramBodyParamsSourceType": ".create_chain_loyalty_program_body_params_source_type",
    "CreateChainLoyaltyProgramBodyRulesItem": ".create_chain_loyalty_program_body_rules_item",
    "CreateChainLoyaltyProgramBodyServiceItemType": ".create_chain_loyalty_program_body_service_item_type",
    "CreateChainLoyaltyProgramBodyType": ".create_chain_loyalty_program_body_type",
    "CreateChainLoyaltyProgramBodyValueUnit": ".create_chain_loyalty_program_body_value_unit",
    "CreateChainLoyaltyProgramInclude": ".create_chain_loyalty_program_include",
    "CreateClientAccountTopupOperationBody": ".create_client_account_topup_operation_body",
    "CreateClientAccountTopupOperationResponse": ".create_client_account_topup_operation_response",
    "CreateClientBody": ".create_client_body",
    "CreateClientBodyCategories": ".create_client_body_categories",
    "CreateClientBodyCustomFields": ".create_client_body_custom_fields",
    "CreateClientCommentBody": ".create_client_comment_body",
    "CreateClientCommentResponse": ".create_client_comment_response",
    "CreateCustomFieldBody": ".create_custom_field_body",
    "CreateCustomFieldResponse": ".create_custom_field_response",
    "CreateDocumentBody": ".create_document_body",
    "CreateDocumentResponse": ".create_document_response",
    "CreateEventBody": ".create_event_body",
    "CreateEventDuplicationStrategyBody": ".create_event_duplication_strategy_body",
    "CreateEventDuplicationStrategyBodyDaysItem": ".create_event_duplication_strategy_body_days_item",
    "CreateEventResponse": ".create_event_response",
    "CreateFinancialTransactionBody": ".create_financial_transaction_body",
    "CreateFinancialTransactionResponse": ".create_financial_transaction_response",
    "CreateInventoryOperationBody": ".create_inventory_operation_body",
    "CreateInventoryOperationBodyGoodsTransactionsItem": ".create_inventory_operation_body_goods_transactions_item",
    "CreateInventoryOperationResponse": ".create_inventory_operation_response",
    "CreateLocationBody": ".create_location_body",
    "CreateLocationResponse": ".create_location_response",
    "CreateLoyaltyCardTransactionBody": ".create_loyalty_card_transaction_body",
    "CreateLoyaltyCardTransactionResponse": ".create_loyalty_card_transaction_response",
    "CreatePaymentWithLoyaltyMethodsBodyType0": ".create_payment_with_loyalty_methods_body_type_0",
    "CreatePaymentWithLoyaltyMethodsBodyType0Payment": ".create_payment_with_loyalty_methods_body_type_0_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod": ".create_payment_with_loyalty_methods_body_type_0_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType1": ".create_payment_with_loyalty_methods_body_type_1",
    "CreatePaymentWithLoyaltyMethodsBodyType1Payment": ".create_payment_with_loyalty_methods_body_type_1_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod": ".create_payment_with_loyalty_methods_body_type_1_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType2": ".create_payment_with_loyalty_methods_body_type_2",
    "CreatePaymentWithLoyaltyMethodsBodyType2Payment": ".create_payment_with_loyalty_methods_body_type_2_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod": ".create_payment_with_loyalty_methods_body_type_2_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType3": ".create_payment_with_loyalty_methods_body_type_3",
    "CreatePaymentWithLoyaltyMethodsBodyType3Payment": ".create_payment_with_loyalty_methods_body_type_3_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod": ".create_payment_with_loyalty_methods_body_type_3_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType4": ".create_payment_with_loyalty_methods_body_type_4",
    "CreatePaymentWithLoyaltyMethodsBodyType4Payment": ".create_payment_with_loyalty_methods_body_type_4_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod": ".create_payment_with_loyalty_methods_body_type_4_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType5": ".create_payment_with_loyalty_methods_body_type_5",
    "CreatePaymentWithLoyaltyMethodsBodyType5Payment": ".create_payment_with_loyalty_methods_body_type_5_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod": ".create_payment_with_loyalty_methods_body_type_5_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType6": ".create_payment_with_loyalty_methods_body_type_6",
    "CreatePaymentWithLoyaltyMethodsBodyType6Payment": ".create_payment_with_loyalty_methods_body_type_6_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod": ".create_payment_with_loyalty_methods_body_type_6_payment_method",
    "CreatePaymentWithLoyaltyMethodsResponse": ".create_payment_with_loyalty_methods_response",
    "CreatePositionQuickBody": ".create_position_quick_body",
    "CreatePositionQuickResponse": ".create_position_quick_response",
    "CreateProductBody": ".create_product_body",
    "CreateProductCategoryBody": ".create_product_category_body",
    "CreateProductCategoryResponse": ".create_product_category_response",
    "CreateProductResponse": ".create_product_response",
    "CreateServiceBody": ".create_service_body",
    "CreateServiceBodyStaffItem": ".create_service_body_staff_item",
    "CreateServiceCategoryBody": ".create_service_category_body",
    "CreateServiceCategoryResponse": ".create_service_category_response",
    "CreateServiceResponse": ".create_service_response",
    "CreateTagResponse": ".create_tag_response",
    "CreateTeamMemberQuickBody": ".create_team_member_quick_body",
    "CreateTeamMemberQuickResponse": ".create_team_member_quick_response",
    "CreateTimetableClientScheduleBody": ".create_timetable_client_schedule_body",
    "CreateTimetableClientScheduleResponse": ".create_timetable_client_schedule_response",
    "CreateTimetableEventScheduleBody": ".create_timetable_event_schedule_body",
    "CreateTimetableEventScheduleBodyDaysItem": ".create_timetable_event_schedule_body_days_item",
    "CreateTimetableEventScheduleBodyOriginalEntityType": ".create_timetable_event_schedule_body_original_entity_type",
    "CreateTimetableEventScheduleIncludeItem": ".create_timetable_event_schedule_include_item",
    "CreateTimetableEventScheduleResponse": ".create_timetable_event_schedule_response",
    "CreateTimetableScheduleDayBody": ".create_timetable_schedule_day_body",
    "CreateTimetableScheduleDayBodyDayOfWeek": ".create_timetable_schedule_day_body_day_of_week",
    "CreateTimetableScheduleDayIncludeItem": ".create_timetable_schedule_day_include_item",
    "CreateTimetableScheduleDayResponse": ".create_timetable_schedule_day_response",
    "CreateTransactionBody": ".create_transaction_body",
    "CreateTransactionResponse": ".create_transaction_response",
    "CreateUserInvitationBody": ".create_user_invitation_body",
    "CreateUserInvitationBodyInvitesItem": ".create_user_invitation_body_invites_item",
    "CreateUserInvitationResponse": ".create_user_invitation_response",
    "CustomField": ".custom_field",
    "CustomFieldCustomField": ".custom_field_custom_field",
    "CustomFieldCustomFieldType": ".custom_field_custom_field_type",
    "Daily": ".daily",
    "DailyCurrency": ".daily_currency",
    "DailyPayrollDailyItem": ".daily_payroll_daily_item",
    "DailyPayrollDailyItemPayrollSum": ".daily_payroll_daily_item_payroll_sum",
    "DailyPeriodCalculationDailyItem": ".daily_period_calculation_daily_item",
    "DailyPeriodCalculationDailyItemPeriodCalculation": ".daily_period_calculation_daily_item_period_calculation",
    "Day": ".day",
    "DayDayOfWeek": ".day_day_of_week",
    "DayEventsItem": ".day_events_item",
    "DayEventsItemEntityMaster": ".day_events_item_entity_master",
    "DayEventsLabelsItem": ".day_events_labels_item",
    "DayEventsMaster": ".day_events_master",
    "DayEventsMasterPositionType0": ".day_events_master_position_type_0",
    "DayEventsResourceInstancesItem": ".day_events_resource_instances_item",
    "DefaultForStaffAndService": ".default_for_staff_and_service",
    "DefaultForStaffAndServiceTechnologicalCardItemsItem": ".default_for_staff_and_service_technological_card_items_item",
    "DeleteChainLoyaltyProgramInclude": ".delete_chain_loyalty_program_include",
    "DeleteCustomFieldResponse": ".delete_custom_field_response",
    "DeleteImageBody": ".delete_image_body",
    "DeleteLocationAccountPaymentResponse": ".delete_location_account_payment_response",
    "DeleteLoyaltyPaymentTransactionResponse": ".delete_loyalty_payment_transaction_response",
    "DeleteTimetableClientScheduleResponse": ".delete_timetable_client_schedule_response",
    "DeleteTimetableClientScheduleResponseDataType0": ".delete_timetable_client_schedule_response_data_type_0",
    "DeleteTimetableEventScheduleResponse": ".delete_timetable_event_schedule_response",
    "DeleteTimetableEventScheduleResponseDataType0": ".delete_timetable_event_schedule_response_data_type_0",
    "DeleteTimetableScheduleDayResponse": ".delete_timetable_schedule_day_response",
    "DeleteTimetableScheduleDayResponseDataType0": ".delete_timetable_schedule_day_response_data_type_0",
    "DepositsOperation": ".deposits_operation",
    "DepositsOperationDepositsTransactionsItem": ".deposits_operation_deposits_transactions_item",
    "DepositsOperationDepositsTransactionsItemDeposit": ".deposits_operation_deposits_transactions_item_deposit",
    "DepositsOperationDepositsTransactionsItemDepositType": ".deposits_operation_deposits_transactions_item_deposit_type",
    "DepositsOperationDocument": ".deposits_operation_document",
    "DepositsOperationDocumentSalon": ".deposits_operation_document_salon",
    "DepositsOperationDocumentType": ".deposits_operation_document_type",
    "DepositsOperationDocumentUser": ".deposits_operation_document_user",
    "DepositsOperationPaymentTransactionsItem": ".deposits_operation_payment_transactions_item",
    "DepositsOperationPaymentTransactionsItemType": ".deposits_operation_payment_transactions_item_type",
    "DeprecatedCreateTeamMemberBody": ".deprecated_create_team_member_body",
    "DeprecatedCreateTeamMemberResponse": ".deprecated_create_team_member_response",
    "DeprecatedGetClientListResponse": ".deprecated_get_client_list_response",
    "DeprecatedGetLocationUsersResponse": ".deprecated_get_location_users_response",
    "DeprecatedGetProductCategoryListResponse": ".deprecated_get_product_category_list_response",
    "DeprecatedGetServiceCategoryListResponse": ".deprecated_get_service_category_list_response",
    "DeprecatedGetServiceListByIdResponse": ".deprecated_get_service_list_by_id_response",
    "DeprecatedUpdateServiceByIdBody": ".deprecated_update_service_by_id_body",
    "DeprecatedUpdateServiceByIdBodyStaffItem": ".deprecated_update_service_by_id_body_staff_item",
    "DeprecatedUpdateServiceByIdResponse": ".deprecated_update_service_by_id_response",
    "Detail": ".detail",
    "DetailItemsItem": ".detail_items_item",
    "DetailKkmTransactionDetailsContainer": ".detail_kkm_transaction_details_container",
    "DetailKkmTransactionDetailsContainerTransactionsItem": ".detail_kkm_transaction_details_container_transactions_item",
    "DetailLoyaltyTransactionsItem": ".detail_loyalty_transactions_item",
    "DetailLoyaltyTransactionsItemType": ".detail_loyalty_transactions_item_type",
    "DetailPaymentTransactionsItem": ".detail_payment_transactions_item",
    "DetailPaymentTransactionsItemAccount": ".detail_payment_transactions_item_account",
    "DetailPaymentTransactionsItemClient": ".detail_payment_transactions_item_client",
    "DetailPaymentTransactionsItemExpense": ".detail_payment_transactions_item_expense",
    "DisableTeamMemberTipsResponse": ".disable_team_member_tips_response",
    "Document": ".document",
    "DocumentCompany": ".document_company",
    "DocumentCompanyPhonesItem": ".document_company_phones_item",
    "DocumentStorage": ".document_storage",
    "DocumentType": ".document_type",
    "DocumentUser": ".document_user",
    "DuplicateEventBody": ".duplicate_event_body",
    "EnableTeamMemberTipsResponse": ".enable_team_member_tips_response",
    "ErrorMeta": ".error_meta",
    "ErrorMetaErrors": ".error_meta_errors",
    "ErrorResponse": ".error_response",
    "Event": ".event",
    "EventEntityLabelsItem": ".event_entity_labels_item",
    "EventEntityMaster": ".event_entity_master",
    "EventEntityMasterPositionType0": ".event_entity_master_position_type_0",
    "EventEntityResourceInstancesItem": ".event_entity_resource_instances_item",
    "EventEventEntityType": ".event_event_entity_type",
    "EventEventStatus": ".event_event_status",
    "File": ".file",
    "Filter": ".filter_",
    "FilterCode": ".filter_code",
    "FilterDataItem": ".filter_data_item",
    "FinanceTransaction": ".finance_transaction",
    "FinanceTransactionAccount": ".finance_transaction_account",
    "FinanceTransactionClient": ".finance_transaction_client",
    "FinanceTransactionExpense": ".finance_transaction_expense",
    "FinanceTransactionMasterType0": ".finance_transaction_master_type_0",
    "FinanceTransactionMasterType1Item": ".finance_transaction_master_type_1_item",
    "FinanceTransactionSupplierType0Item": ".finance_transaction_supplier_type_0_item",
    "FinanceTransactionSupplierType1": ".finance_transaction_supplier_type_1",
    "FullnessDaily": ".fullness_daily",
    "GenerateCode": ".generate_code",
    "GenerateLoyaltyCodeResponse": ".generate_loyalty_code_response",
    "GetAccountListResponse": ".get_account_list_response",
    "GetAppointmentCalendarSettingsResponse": ".get_appointment_calendar_settings_response",
    "GetAppointmentConsumablesResponse": ".get_appointment_consumables_response",
    "GetAppointmentListResponse": ".get_appointment_list_response",
    "GetAppointmentResponse": ".get_appointment_response",
    "GetBillOfMaterialsListResponse": ".get_bill_of_materials_list_response",
    "GetBookingWidgetListResponse": ".get_booking_widget_list_response",
    "GetBookingWidgetResponse": ".get_booking_widget_response",
    "GetChainClientAccountHistoryResponse": ".get_chain_client_account_history_response",
    "GetChainClientByPhoneNumberResponse": ".get_chain_client_by_phone_number_response",
    "GetChainListResponse": ".get_chain_list_response",
    "GetChainLoyaltyProgramInclude": ".get_chain_loyalty_program_include",
    "GetChainLoyaltyTransactionListResponse": ".get_chain_loyalty_transaction_list_response",
    "GetChainLoyaltyTransactionListTypesItem": ".get_chain_loyalty_transaction_list_types_item",
    "GetChainServiceCategoryListInclude": ".get_chain_service_category_list_include",
    "GetClientFileListResponse": ".get_client_file_list_response",
    "GetClientGiftCardsResponse": ".get_client_gift_cards_response",
    "GetClientListBody": ".get_client_list_body",
    "GetClientListBodyFieldsItem": ".get_client_list_body_fields_item",
    "GetClientListBodyFiltersItem": ".get_client_list_body_filters_item",
    "GetClientListBodyFiltersItemState": ".get_client_list_body_filters_item_state",
    "GetClientListBodyOperation": ".get_client_list_body_operation",
    "GetClientListBodyOrderBy": ".get_client_list_body_order_by",
    "GetClientListBodyOrderByDirection": ".get_client_list_body_order_by_direction",
    "GetClientListResponse": ".get_client_list_response",
    "GetClientMembershipActivityHistoryResponse": ".get_client_membership_activity_history_response",
    "GetClientMembershipsResponse": ".get_client_memberships_response",
    "GetCommentsResponse": ".get_comments_response",
    "GetCustomFieldListResponse": ".get_custom_field_list_response",
    "GetDayEndReportDataResponse": ".get_day_end_report_data_response",
    "GetDocumentFinancialTransactionsResponse": ".get_document_financial_transactions_response",
    "GetDocumentProductTransactionsResponse": ".get_document_product_transactions_response",
    "GetDocumentResponse": ".get_document_response",
    "GetEventDateRangeResponse": ".get_event_date_range_response",
    "GetEventResponse": ".get_event_response",
    "GetEventSearchFiltersResponse": ".get_event_search_filters_response",
    "GetFinancialTransactionResponse": ".get_financial_transaction_response",
    "GetFiscalTransactionListResponse": ".get_fiscal_transaction_list_response",
    "GetGiftCardTypeListByIdResponse": ".get_gift_card_type_list_by_id_response",
    "GetGiftCardTypeListResponse": ".get_gift_card_type_list_response",
    "GetLocationAnalyticsOverallResponse": ".get_location_analytics_overall_response",
    "GetLocationInventoriesResponse": ".get_location_inventories_response",
    "GetLocationListIncludeItem": ".get_location_list_include_item",
    "GetLocationListResponse": ".get_location_list_response",
    "GetLocationLoyaltyProgramListResponse": ".get_location_loyalty_program_list_response",
    "GetLocationLoyaltyProgramListType": ".get_location_loyalty_program_list_type",
    "GetLocationNotificationSettingsResponse": ".get_location_notification_settings_response",
    "GetLocationResponse": ".get_location_response",
    "GetLocationUsersResponse": ".get_location_users_response",
    "GetLoyaltyProgramClientStatisticsResponse": ".get_loyalty_program_client_statistics_response",
    "GetLoyaltyProgramRevenueStatisticsResponse": ".get_loyalty_program_revenue_statistics_response",
    "GetLoyaltyProgramTeamMemberStatisticsResponse": ".get_loyalty_program_team_member_statistics_response",
    "GetMembershipTypeListByIdResponse": ".get_membership_type_list_by_id_response",
    "GetMembershipTypeListResponse": ".get_membership_type_list_response",
    "GetMessageStatusListBodyItem": ".get_message_status_list_body_item",
    "GetOnlineBookingSettingsResponse": ".get_online_booking_settings_response",
    "GetPermissionListResponse": ".get_permission_list_response",
    "GetPositionListResponse": ".get_position_list_response",
    "GetProductCategoryCompositionResponse": ".get_product_category_composition_response",
    "GetProductCategoryListByIdsResponse": ".get_product_category_list_by_ids_response",
    "GetProductCategoryListResponse": ".get_product_category_list_response",
    "GetProductResponse": ".get_product_response",
    "GetProductsListResponse": ".get_products_list_response",
    "GetResourceListResponse": ".get_resource_list_response",
    "GetSaleTransactionResponse": ".get_sale_transaction_response",
    "GetServiceCategoryListResponse": ".get_service_category_list_response",
    "GetServiceCategoryResponse": ".get_service_category_response",
    "GetServiceListResponse": ".get_service_list_response",
    "GetServiceResponse": ".get_service_response",
    "GetTagListByEntityEntity": ".get_tag_list_by_entity_entity",
    "GetTagListByEntityResponse": ".get_tag_list_by_entity_response",
    "GetTaxSystemListResponse": ".get_tax_system_list_response",
    "GetTeamMemberByIdResponse": ".get_team_member_by_id_response",
    "GetTeamMemberCalculationSchemesCountResponse": ".get_team_member_calculation_schemes_count_response",
    "GetTeamMemberListResponse": ".get_team_member_list_response",
    "GetTeamMemberPayrollCalculationResponse": ".get_team_member_payroll_calculation_response",
    "GetTeamMemberPayrollCalculationResponseDataType0": ".get_team_member_payroll_calculation_response_data_type_0",
    "GetTeamMemberPayrollCalculationResponseDataType0Currency": ".get_team_member_payroll_calculation_response_data_type_0_currency",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItem": ".get_team_member_payroll_calculation_response_data_type_0_salary_items_item",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemPaidType0": ".get_team_member_payroll_calculation_response_data_type_0_salary_items_item_paid_type_0",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryCalculationInfo": ".get_team_member_payroll_calculation_response_data_type_0_salary_items_item_salary_calculation_info",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryDiscrepancyType0": ".get_team_member_payroll_calculation_response_data_type_0_salary_items_item_salary_discrepancy_type_0",
    "GetTeamMemberPayrollCalculationResponseDataType0Status": ".get_team_member_payroll_calculation_response_data_type_0_status",
    "GetTeamMemberResponse": ".get_team_member_response",
    "GetTeamMemberSalaryCalculationResponse": ".get_team_member_salary_calculation_response",
    "GetTeamMemberSalaryPeriodResponse": ".get_team_member_salary_period_response",
    "GetTeamMemberSalaryPeriodResponseDataType0": ".get_team_member_salary_period_response_data_type_0",
    "GetTeamMemberSalaryPeriodResponseDataType0Currency": ".get_team_member_salary_period_response_data_type_0_currency",
    "GetTeamMemberSalarySchemesResponse": ".get_team_member_salary_schemes_response",
    "GetTeamMemberScheduleListIncludeItem": ".get_team_member_schedule_list_include_item",
    "GetTeamMemberScheduleListResponse": ".get_team_member_schedule_list_response",
    "GetTeamMemberServiceBillOfMaterialsResponse": ".get_team_member_service_bill_of_materials_response",
    "GetTeamMemberTipSettingsResponse": ".get_team_member_tip_settings_response",
    "GetTimeslotSettingsResponse": ".get_timeslot_settings_response",
    "GetTransactionResponse": ".get_transaction_response",
    "GetTransactionsByVisitOrAppointmentIdResponse": ".get_transactions_by_visit_or_appointment_id_response",
    "GetTransactionsResponse": ".get_transactions_response",
    "GetUserGiftCardsResponse": ".get_user_gift_cards_response",
    "GetUserMembershipsResponse": ".get_user_memberships_response",
    "GetUserNotificationSettingsResponse": ".get_user_notification_settings_response",
    "GetUserPermissionsResponse": ".get_user_permissions_response",
    "GetUserRolesIncludeItem": ".get_user_roles_include_item",
    "GetUserRolesResponse": ".get_user_roles_response",
    "GetVisitDetailsResponse": ".get_visit_details_response",
    "GetVisitResponse": ".get_visit_response",
    "Good": ".good",
    "GoodActualAmountsItem": ".good_actual_amounts_item",
    "GoodsCategory": ".goods_category",
    "GoodsTransaction": ".goods_transaction",
    "GoodsTransactionClientType0Item": ".goods_transaction_client_type_0_item",
    "GoodsTransactionClientType1": ".goods_transaction_client_type_1",
    "GoodsTransactionGood": ".goods_transaction_good",
    "GoodsTransactionGoodActualAmountsItem": ".goods_transaction_good_actual_amounts_item",
    "GoodsTransactionGoodLoyaltyCertificateTypeType0": ".goods_transaction_good_loyalty_certificate_type_type_0",
    "GoodsTransactionGoodsMarksItem": ".goods_transaction_goods_marks_item",
    "GoodsTransactionMasterType0Item": ".goods_transaction_master_type_0_item",
    "GoodsTransactionMasterType1": ".goods_transaction_master_type_1",
    "GoodsTransactionSaleUnitType0": ".goods_transaction_sale_unit_type_0",
    "GoodsTransactionServiceUnitType0": ".goods_transaction_service_unit_type_0",
    "GoodsTransactionStorage": ".goods_transaction_storage",
    "GoodsTransactionSupplierItem": ".goods_transaction_supplier_item",
    "GoodsTransactionType": ".goods_transaction_type",
    "GoodsTransactionUnit": ".goods_transaction_unit",
    "Group": ".group",
    "GroupAccess": ".group_access",
    "GroupCompaniesItem": ".group_companies_item",
    "HandleFiscalizationCallbackBody": ".handle_fiscalization_callback_body",
    "History": ".history",
    "HistoryDepositTransaction": ".history_deposit_transaction",
    "HistoryDepositTransactionType": ".history_deposit_transaction_type",
    "HistoryLoyaltyEntityChangesType0": ".history_loyalty_entity_changes_type_0",
    "HistoryOperationType": ".history_operation_type",
    "Image": ".image",
    "ImageImageGroup": ".image_image_group",
    "ImageImageGroupImageGroup": ".image_image_group_image_group",
    "ImageImageGroupImages": ".image_image_group_images",
    "Income": ".income",
    "IncomeCurrency": ".income_currency",
    "IncomeDaily": ".income_daily",
    "IncomeIncomeStats": ".income_income_stats",
    "IncomeIncomeStatsByDayItem": ".income_income_stats_by_day_item",
    "IncomeIncomeStatsNew": ".income_income_stats_new",
    "IncomeIncomeStatsOld": ".income_income_stats_old",
    "IncomeIncomeStatsTotal": ".income_income_stats_total",
    "IssueLoyaltyCardBody": ".issue_loyalty_card_body",
    "KkmTransaction": ".kkm_transaction",
    "KkmTransactionCashier": ".kkm_transaction_cashier",
    "KkmTransactionDocument": ".kkm_transaction_document",
    "KkmTransactionStatus": ".kkm_transaction_status",
    "KkmTransactionType": ".kkm_transaction_type",
    "Label": ".label",
    "LeaveCommentBody": ".leave_comment_body",
    "LeaveCommentResponse": ".leave_comment_response",
    "License": ".license_",
    "LicenseLicenseOption": ".license_license_option",
    "LicenseOptionsItem": ".license_options_item",
    "ListClientCommentsResponse": ".list_client_comments_response",
    "ListRolesIncludeItem": ".list_roles_include_item",
    "ListRolesResponse": ".list_roles_response",
    "ListTimetableScheduleDayEventsResponse": ".list_timetable_schedule_day_events_response",
    "LoyaltyCard": ".loyalty_card",
    "LoyaltyCardProgramsItem": ".loyalty_card_programs_item",
    "LoyaltyCardProgramsItemLoyaltyType": ".loyalty_card_programs_item_loyalty_type",
    "LoyaltyCardSalonGroup": ".loyalty_card_salon_group",
    "LoyaltyCardType": ".loyalty_card_type",
    "LoyaltyTransaction": ".loyalty_transaction",
    "LoyaltyTransactionKkmState": ".loyalty_transaction_kkm_state",
    "LoyaltyTransactionKkmStateTransactionsItem": ".loyalty_transaction_kkm_state_transactions_item",
    "LoyaltyTransactionPaymentMethodsItem": ".loyalty_transaction_payment_methods_item",
    "LoyaltyTransactionPaymentMethodsItemAccount": ".loyalty_transaction_payment_methods_item_account",
    "LoyaltyTransactionState": ".loyalty_transaction_state",
    "LoyaltyTransactionStateItemsItem": ".loyalty_transaction_state_items_item",
    "LoyaltyTransactionStateLoyaltyTransactionsItem": ".loyalty_transaction_state_loyalty_transactions_item",
    "LoyaltyTransactionStatePaymentTransactionsItem": ".loyalty_transaction_state_payment_transactions_item",
    "ManualTransaction": ".manual_transaction",
    "MetaInfo": ".meta_info",
    "Multiple": ".multiple",
    "NotificationType": ".notification_type",
    "NotificationTypeChannels": ".notification_type_channels",
    "Online": ".online",
    "Operation": ".operation",
    "OperationDocument": ".operation_document",
    "OperationDocumentCompany": ".operation_document_company",
    "OperationDocumentStorage": ".operation_document_storage",
    "OperationDocumentType": ".operation_document_type",
    "OperationDocumentUser": ".operation_document_user",
    "OperationTransactionsItem": ".operation_transactions_item",
    "OperationTransactionsItemGood": ".operation_transactions_item_good",
    "OperationTransactionsItemStorage": ".operation_transactions_item_storage",
    "OperationTransactionsItemType": ".operation_transactions_item_type",
    "OperationTransactionsItemUnit": ".operation_transactions_item_unit",
    "Overall": ".overall",
    "OverallClientStats": ".overall_client_stats",
    "OverallFullnessStats": ".overall_fullness_stats",
    "OverallIncomeAverageServicesStats": ".overall_income_average_services_stats",
    "OverallIncomeAverageServicesStatsCurrency": ".overall_income_average_services_stats_currency",
    "OverallIncomeAverageStats": ".overall_income_average_stats",
    "OverallIncomeAverageStatsCurrency": ".overall_income_average_stats_currency",
    "OverallIncomeGoodsStats": ".overall_income_goods_stats",
    "OverallIncomeGoodsStatsCurrency": ".overall_income_goods_stats_currency",
    "OverallIncomeServicesStats": ".overall_income_services_stats",
    "OverallIncomeServicesStatsCurrency": ".overall_income_services_stats_currency",
    "OverallIncomeTotalStats": ".overall_income_total_stats",
    "OverallIncomeTotalStatsCurrency": ".overall_income_total_stats_currency",
    "OverallRecordStats": ".overall_record_stats",
    "PatchServiceBody": ".patch_service_body",
    "PatchServiceBodyStaffItem": ".patch_service_body_staff_item",
    "PatchServiceResponse": ".patch_service_response",
    "Payment": ".payment",
    "PaymentKkmState": ".payment_kkm_state",
    "PaymentKkmStateTransactionsItem": ".payment_kkm_state_transactions_item",
    "PaymentPaymentMethodsItem": ".payment_payment_methods_item",
    "PaymentPaymentMethodsItemAccount": ".payment_payment_methods_item_account",
    "PaymentState": ".payment_state",
    "PaymentStateItemsItem": ".payment_state_items_item",
    "PaymentStateLoyaltyTransactionsItem": ".payment_state_loyalty_transactions_item",
    "PaymentStatePaymentTransactionsItem": ".payment_state_payment_transactions_item",
    "PaymentTransaction": ".payment_transaction",
    "PaymentTransactionKkmState": ".payment_transaction_kkm_state",
    "PaymentTransactionKkmStateTransactionsItem": ".payment_transaction_kkm_state_transactions_item",
    "PaymentTransactionPaymentMethodsItem": ".payment_transaction_payment_methods_item",
    "PaymentTransactionPaymentMethodsItemAccount": ".payment_transaction_payment_methods_item_account",
    "PaymentTransactionState": ".payment_transaction_state",
    "PaymentTransactionStateItemsItem": ".payment_transaction_state_items_item",
    "PaymentTransactionStateLoyaltyTransactionsItem": ".payment_transaction_state_loyalty_transactions_item",
    "PaymentTransactionStatePaymentTransactionsItem": ".payment_transaction_state_payment_transactions_item",
    "Permission": ".permission",
    "PermissionClients": ".permission_clients",
    "PermissionComers": ".permission_comers",
    "PermissionDashboard": ".permission_dashboard",
    "PermissionFinances": ".permission_finances",
    "PermissionLoyalty": ".permission_loyalty",
    "PermissionNotification": ".permission_notification",
    "PermissionOnlineRecord": ".permission_online_record",
    "PermissionOther": ".permission_other",
    "PermissionRecordForm": ".permission_record_form",
    "PermissionReports": ".permission_reports",
    "PermissionSecurity": ".permission_security",
    "PermissionSettings": ".permission_settings",
    "PermissionStorages": ".permission_storages",
    "PermissionTimetable": ".permission_timetable",
    "PermissionUserPermissionsItem": ".permission_user_permissions_item",
    "PermissionUserRole": ".permission_user_role",
    "Position": ".position",
    "PrintDocumentBill": ".print_document_bill",
    "PrintDocumentBillBillJsonItem": ".print_document_bill_bill_json_item",
    "PrintDocumentBillKkmTransactionsItem": ".print_document_bill_kkm_transactions_item",
    "PrintDocumentBillKkmTransactionsItemCashier": ".print_document_bill_kkm_transactions_item_cashier",
    "PrintDocumentBillKkmTransactionsItemDocument": ".print_document_bill_kkm_transactions_item_document",
    "PrintDocumentBillKkmTransactionsItemStatus": ".print_document_bill_kkm_transactions_item_status",
    "PrintDocumentBillKkmTransactionsItemType": ".print_document_bill_kkm_transactions_item_type",
    "PrintFiscalReceiptBody": ".print_fiscal_receipt_body",
    "PrintFiscalReceiptResponse": ".print_fiscal_receipt_response",
    "Program": ".program",
    "ProgramApplicableItemsItem": ".program_applicable_items_item",
    "ProgramCompaniesItem": ".program_companies_item",
    "ProgramExpirationTimeoutUnit": ".program_expiration_timeout_unit",
    "ProgramGoodItemType": ".program_good_item_type",
    "ProgramLoyaltyCardTypesItem": ".program_loyalty_card_types_item",
    "ProgramMessageType": ".program_message_type",
    "ProgramOnChangedNotificationTemplate": ".program_on_changed_notification_template",
    "ProgramOnChangedNotificationTemplateMessageType": ".program_on_changed_notification_template_message_type",
    "ProgramOnChangedNotificationTemplateType": ".program_on_changed_notification_template_type",
    "ProgramOnExpirationNotificationTemplate": ".program_on_expiration_notification_template",
    "ProgramOnExpirationNotificationTemplateMessageType": ".program_on_expiration_notification_template_message_type",
    "ProgramOnExpirationNotificationTemplateType": ".program_on_expiration_notification_template_type",
    "ProgramParamsSourceType": ".program_params_source_type",
    "ProgramRulesItem": ".program_rules_item",
    "ProgramServiceItemType": ".program_service_item_type",
    "ProgramType": ".program_type",
    "ProgramValueUnit": ".program_value_unit",
    "Quick": ".quick",
    "QuickPositionType0": ".quick_position_type_0",
    "QuickServicesBindingType": ".quick_services_binding_type",
    "Record": ".record",
    "RecordClientType0": ".record_client_type_0",
    "RecordComerPersonInfoType0": ".record_comer_person_info_type_0",
    "RecordConsumable": ".record_consumable",
    "RecordConsumableConsumablesItem": ".record_consumable_consumables_item",
    "RecordConsumableTechnologicalCardsItem": ".record_consumable_technological_cards_item",
    "RecordCustomFieldsType0": ".record_custom_fields_type_0",
    "RecordDocumentsItem": ".record_documents_item",
    "RecordServicesItem": ".record_services_item",
    "RecordSource": ".record_source",
    "RecordStaff": ".record_staff",
    "RecordStatus": ".record_status",
    "RecordsDaily": ".records_daily",
    "RemoveServiceFromTeamMemberResponse": ".remove_service_from_team_member_response",
    "RemoveServiceFromTeamMemberResponseDataType0": ".remove_service_from_team_member_response_data_type_0",
    "RemoveUserFromLocationsBody": ".remove_user_from_locations_body",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem": ".remove_user_from_locations_body_user_company_links_item",
    "RemoveUserFromLocationsResponse": ".remove_user_from_locations_response",
    "RemoveUserFromLocationsResponseDataType0": ".remove_user_from_locations_response_data_type_0",
    "Resource": ".resource",
    "ResourceInstancesItem": ".resource_instances_item",
    "Role": ".role",
    "RoleSlug": ".role_slug",
    "RoleUserPermissionsType0Item": ".role_user_permissions_type_0_item",
    "SalaryScheme": ".salary_scheme",
    "SalarySchemeSalaryScheme": ".salary_scheme_salary_scheme",
    "SalarySchemesCount": ".salary_schemes_count",
    "Sale": ".sale",
    "SaleKkmState": ".sale_kkm_state",
    "SaleKkmStateTransactionsItem": ".sale_kkm_state_transactions_item",
    "SalePaymentMethodsItem": ".sale_payment_methods_item",
    "SalePaymentMethodsItemAccount": ".sale_payment_methods_item_account",
    "SaleState": ".sale_state",
    "SaleStateItemsItem": ".sale_state_items_item",
    "SaleStateLoyaltyTransactionsItem": ".sale_state_loyalty_transactions_item",
    "SaleStatePaymentTransactionsItem": ".sale_state_payment_transactions_item",
    "Salon": ".salon",
    "SalonSalonGroup": ".salon_salon_group",
    "Schedule": ".schedule",
    "ScheduleBusyIntervalsItem": ".schedule_busy_intervals_item",
    "ScheduleDaysItem": ".schedule_days_item",
    "ScheduleDaysItemEventsMaster": ".schedule_days_item_events_master",
    "ScheduleOriginalEntityType": ".schedule_original_entity_type",
    "ScheduleSlotsItem": ".schedule_slots_item",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem": ".schedule_team_member_update_deprecated_body_item",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem": ".schedule_team_member_update_deprecated_body_item_slots_item",
    "Seance": ".seance",
    "SearchClientVisitsBody": ".search_client_visits_body",
    "SearchClientVisitsBodyAttendanceType0": ".search_client_visits_body_attendance_type_0",
    "SearchClientVisitsBodyPaymentStatusesItem": ".search_client_visits_body_payment_statuses_item",
    "SearchClientVisitsResponse": ".search_client_visits_response",
    "SearchDatesRange": ".search_dates_range",
    "SearchEventServicesResponse": ".search_event_services_response",
    "SearchEventsResponse": ".search_events_response",
    "SearchForProductTransactionsResponse": ".search_for_product_transactions_response",
    "SearchProductResponse": ".search_product_response",
    "SearchTeamMemberCalculationDailySalaryResponse": ".search_team_member_calculation_daily_salary_response",
    "SearchTeamMemberCalculationSalaryResponse": ".search_team_member_calculation_salary_response",
    "SearchTeamMemberPayrollCalculationResponse": ".search_team_member_payroll_calculation_response",
    "SearchTeamMemberPeriodDailySalaryResponse": ".search_team_member_period_daily_salary_response",
    "SearchTeamMemberPeriodSalaryResponse": ".search_team_member_period_salary_response",
    "SearchTimetableEventSchedulesByEventEntityType": ".search_timetable_event_schedules_by_event_entity_type",
    "SearchTimetableEventSchedulesByEventIncludeItem": ".search_timetable_event_schedules_by_event_include_item",
    "SearchTimetableEventSchedulesByEventResponse": ".search_timetable_event_schedules_by_event_response",
    "SendEmailCampaignToFilteredClientsBody": ".send_email_campaign_to_filtered_clients_body",
    "SendEmailCampaignToFilteredClientsResponse": ".send_email_campaign_to_filtered_clients_response",
    "SendEmailNewsletterToClientsBody": ".send_email_newsletter_to_clients_body",
    "SendEmailNewsletterToClientsResponse": ".send_email_newsletter_to_clients_response",
    "SendSmsCampaignToFilteredClientsBody": ".send_sms_campaign_to_filtered_clients_body",
    "SendSmsCampaignToFilteredClientsResponse": ".send_sms_campaign_to_filtered_clients_response",
    "SendSmsToClientsBody": ".send_sms_to_clients_body",
    "SendSmsToClientsResponse": ".send_sms_to_clients_response",
    "Service": ".service",
    "ServiceCategory": ".service_category",
    "ServiceCategoryField": ".service_category_field",
    "ServiceCategoryServicesItem": ".service_category_services_item",
    "ServiceDatesItem": ".service_dates_item",
    "ServiceImageGroupItem": ".service_image_group_item",
    "ServiceResourcesItem": ".service_resources_item",
    "ServiceStaffItem": ".service_staff_item",
    "SetBalance": ".set_balance",
    "SetBalanceBalanceContainer": ".set_balance_balance_container",
    "SetPeriod": ".set_period",
    "SetTeamMemberScheduleBody": ".set_team_member_schedule_body",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem": ".set_team_member_schedule_body_schedules_to_delete_item",
    "SetTeamMemberScheduleBodySchedulesToSetItem": ".set_team_member_schedule_body_schedules_to_set_item",
    "SetTeamMemberScheduleResponse": ".set_team_member_schedule_response",
    "Setting": ".setting",
    "SettingStaff": ".setting_staff",
    "SettingStaffEmployee": ".setting_staff_employee",
    "SettingStaffPosition": ".setting_staff_position",
    "SettingStaffUser": ".setting_staff_user",
    "Staff": ".staff",
    "StaffClientStats": ".staff_client_stats",
    "StaffCurrency": ".staff_currency",
    "StaffImageGroupType0": ".staff_image_group_type_0",
    "StaffImageGroupType0Images": ".staff_image_group_type_0_images",
    "StaffImageGroupType1Item": ".staff_image_group_type_1_item",
    "StaffPositionType0": ".staff_position_type_0",
    "StaffStaff": ".staff_staff",
    "StaffTotalSum": ".staff_total_sum",
    "StaffUserItem": ".staff_user_item",
    "Storage": ".storage",
    "TaxSystem": ".tax_system",
    "TaxSystemVatsItem": ".tax_system_vats_item",
    "TechnologicalCard": ".technological_card",
    "TechnologicalCardConsumablesItem": ".technological_card_consumables_item",
    "TechnologicalCardTechnologicalCardItemsItem": ".technological_card_technological_card_items_item",
    "TechnologicalCardTechnologicalCardsItem": ".technological_card_technological_cards_item",
    "Timeslot": ".timeslot",
    "TimeslotDatesSettingsItem": ".timeslot_dates_settings_item",
    "TimeslotDatesSettingsItemSetting": ".timeslot_dates_settings_item_setting",
    "TimeslotWeekdaysSettingsItem": ".timeslot_weekdays_settings_item",
    "TimeslotWeekdaysSettingsItemSetting": ".timeslot_weekdays_settings_item_setting",
    "Timetable": ".timetable",
    "Transaction": ".transaction",
    "TransactionAccount": ".transaction_account",
    "TransactionClient": ".transaction_client",
    "TransactionClients": ".transaction_clients",
    "TransactionExpense": ".transaction_expense",
    "TransactionGood": ".transaction_good",
    "TransactionMaster": ".transaction_master",
    "TransactionProgram": ".transaction_program",
    "TransactionService": ".transaction_service",
    "TransactionStorage": ".transaction_storage",
    "TransactionSupplier": ".transaction_supplier",
    "TransactionTypeType0": ".transaction_type_type_0",
    "TransactionUnit": ".transaction_unit",
    "UnlinkAppointmentServiceAssociationBody": ".unlink_appointment_service_association_body",
    "UnlinkAppointmentServiceAssociationResponse": ".unlink_appointment_service_association_response",
    "UpdateAppointmentAttendanceBody": ".update_appointment_attendance_body",
    "UpdateAppointmentAttendanceBodyAttendance": ".update_appointment_attendance_body_attendance",
    "UpdateAppointmentAttendanceResponse": ".update_appointment_attendance_response",
    "UpdateAppointmentBody": ".update_appointment_body",
    "UpdateAppointmentBodyClient": ".update_appointment_body_client",
    "UpdateAppointmentBodyCustomFields": ".update_appointment_body_custom_fields",
    "UpdateAppointmentBodyServicesItem": ".update_appointment_body_services_item",
    "UpdateAppointmentCalendarSettingsBody": ".update_appointment_calendar_settings_body",
    "UpdateAppointmentCalendarSettingsResponse": ".update_appointment_calendar_settings_response",
    "UpdateAppointmentResponse": ".update_appointment_response",
    "UpdateAppointmentServiceConsumablesBody": ".update_appointment_service_consumables_body",
    "UpdateAppointmentServiceConsumablesBodyConsumablesItem": ".update_appointment_service_consumables_body_consumables_item",
    "UpdateAppointmentServiceConsumablesResponse": ".update_appointment_service_consumables_response",
    "UpdateBookingWidgetBody": ".update_booking_widget_body",
    "UpdateBookingWidgetBodyButtonPosition": ".update_booking_widget_body_button_position",
    "UpdateBookingWidgetBodyFormPosition": ".update_booking_widget_body_form_position",
    "UpdateBookingWidgetResponse": ".update_booking_widget_response",
    "UpdateChainLoyaltyProgramBody": ".update_chain_loyalty_program_body",
    "UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit": ".update_chain_loyalty_program_body_expiration_timeout_unit",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate": ".update_chain_loyalty_program_body_on_changed_notification_template",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType": ".update_chain_loyalty_program_body_on_changed_notification_template_type",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate": ".update_chain_loyalty_program_body_on_expiration_notification_template",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType": ".update_chain_loyalty_program_body_on_expiration_notification_template_type",
    "UpdateChainLoyaltyProgramBodyRulesItem": ".update_chain_loyalty_program_body_rules_item",
    "UpdateChainLoyaltyProgramInclude": ".update_chain_loyalty_program_include",
    "UpdateClientBody": ".update_client_body",
    "UpdateClientBodyCustomFields": ".update_client_body_custom_fields",
    "UpdateClientBodyLabels": ".update_client_body_labels",
    "UpdateCustomFieldBody": ".update_custom_field_body",
    "UpdateCustomFieldResponse": ".update_custom_field_response",
    "UpdateDocumentBody": ".update_document_body",
    "UpdateDocumentResponse": ".update_document_response",
    "UpdateEventBody": ".update_event_body",
    "UpdateEventDuplicationStrategyBody": ".update_event_duplication_strategy_body",
    "UpdateEventDuplicationStrategyBodyDaysItem": ".update_event_duplication_strategy_body_days_item",
    "UpdateEventResponse": ".update_event_response",
    "UpdateFinancialTransactionBody": ".update_financial_transaction_body",
    "UpdateFinancialTransactionResponse": ".update_financial_transaction_response",
    "UpdateLocationBody": ".update_location_body",
    "UpdateLocationBodySocial": ".update_location_body_social",
    "UpdateLocationResponse": ".update_location_response",
    "UpdateOnlineBookingSettingsBody": ".update_online_booking_settings_body",
    "UpdateOnlineBookingSettingsResponse": ".update_online_booking_settings_response",
    "UpdateProductBody": ".update_product_body",
    "UpdateProductBodyCorrectionRulesItem": ".update_product_body_correction_rules_item",
    "UpdateProductCategoryBody": ".update_product_category_body",
    "UpdateProductCategoryResponse": ".update_product_category_response",
    "UpdateProductResponse": ".update_product_response",
    "UpdateServiceCategoryBody": ".update_service_category_body",
    "UpdateServiceCategoryResponse": ".update_service_category_response",
    "UpdateServiceLinksBody": ".update_service_links_body",
    "UpdateServiceLinksBodyTeamMemberSettingsItem": ".update_service_links_body_team_member_settings_item",
    "UpdateServiceLinksBodyTranslationsItem": ".update_service_links_body_translations_item",
    "UpdateServiceLinksResponse": ".update_service_links_response",
    "UpdateServiceLinksResponseDataType0": ".update_service_links_response_data_type_0",
    "UpdateServiceTeamMemberAssignmentBody": ".update_service_team_member_assignment_body",
    "UpdateServiceTeamMemberAssignmentResponse": ".update_service_team_member_assignment_response",
    "UpdateTagByTagIdBody": ".update_tag_by_tag_id_body",
    "UpdateTeamMemberBody": ".update_team_member_body",
    "UpdateTeamMemberResponse": ".update_team_member_response",
    "UpdateTeamMemberScheduleBody": ".update_team_member_schedule_body",
    "UpdateTeamMemberScheduleBodySlots": ".update_team_member_schedule_body_slots",
    "UpdateTimetableClientScheduleBody": ".update_timetable_client_schedule_body",
    "UpdateTimetableClientScheduleResponse": ".update_timetable_client_schedule_response",
    "UpdateTimetableEventScheduleBody": ".update_timetable_event_schedule_body",
    "UpdateTimetableEventScheduleResponse": ".update_timetable_event_schedule_response",
    "UpdateTimetableScheduleDayBody": ".update_timetable_schedule_day_body",
    "UpdateTimetableScheduleDayIncludeItem": ".update_timetable_schedule_day_include_item",
    "UpdateTimetableScheduleDayResponse": ".update_timetable_schedule_day_response",
    "UpdateTransactionBody": ".update_transaction_body",
    "UpdateTransactionResponse": ".update_transaction_response",
    "UpdateUserNotificationSettingsBody": ".update_user_notification_settings_body",
    "UpdateUserNotificationSettingsBodyNotificationTypesItem": ".update_user_notification_settings_body_notification_types_item",
    "UpdateUserNotificationSettingsBodyNotificationTypesItemChannels": ".update_user_notification_settings_body_notification_types_item_channels",
    "UpdateUserNotificationSettingsResponse": ".update_user_notification_settings_response",
    "UpdateUserPermissionsBody": ".update_user_permissions_body",
    "UpdateUserPermissionsBodyUserPermissionsItem": ".update_user_permissions_body_user_permissions_item",
    "UpdateUserPermissionsBodyUserRole": ".update_user_permissions_body_user_role",
    "UpdateUserPermissionsResponse": ".update_user_permissions_response",
    "UpdateVisitBody": ".update_visit_body",
    "UpdateVisitBodyDeletedTransactionIdsItem": ".update_visit_body_deleted_transaction_ids_item",
    "UpdateVisitBodyGoodsTransactionsItem": ".update_visit_body_goods_transactions_item",
    "UpdateVisitBodyNewTransactionsItem": ".update_visit_body_new_transactions_item",
    "UpdateVisitBodyServicesItem": ".update_visit_body_services_item",
    "UploadClientFileBody": ".upload_client_file_body",
    "UploadClientFileResponse": ".upload_client_file_response",
    "UploadImageBody": ".upload_image_body",
    "User": ".user",
    "UserMode": ".user_mode",
    "UserNotificationTypesItem": ".user_notification_types_item",
    "UserNotificationTypesItemChannels": ".user_notification_types_item_channels",
    "Visit": ".visit",
    "VisitClientStats": ".visit_client_stats",
    "VisitClientStatsNew": ".visit_client_stats_new",
    "VisitClientStatsOld": ".visit_client_stats_old",
    "VisitClientStatsTotal": ".visit_client_stats_total",
    "VisitGoodsTransactionsItem": ".visit_goods_transactions_item",
    "VisitGoodsTransactionsItemCompany": ".visit_goods_transactions_item_company",
    "VisitGoodsTransactionsItemStaff": ".visit_goods_transactions_item_staff",
    "VisitRecordsItem": ".visit_records_item",
    "VisitRecordsItemClient": ".visit_records_item_client",
    "VisitRecordsItemComer": ".visit_records_item_comer",
    "VisitRecordsItemCompany": ".visit_records_item_company",
    "VisitRecordsItemStaff": ".visit_records_item_staff",
    "VisitRecordsItemTips": ".visit_records_item_tips",
    "VisitVisitsStatsByDayItem": ".visit_visits_stats_by_day_item",
    "ZReport": ".z_report",
    "ZReportPaids": ".z_report_paids",
    "ZReportPaidsAccountsItem": ".z_report_paids_accounts_item",
    "ZReportPaidsDiscountItem": ".z_report_paids_discount_item",
    "ZReportPaidsTotal": ".z_report_paids_total",
    "ZReportStats": ".z_report_stats",
    "ZReportZData": ".z_report_z_data",
    "ZReportZData1481101200Item": ".z_report_z_data_1481101200_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_MODULE_OF))


__all__ = (
    "Abonement",
    "AbonementBalanceContainer",
    "AbonementDataType0",
    "AbonementDataType0Attributes",
    "AbonementDataType1Item",
    "AbonementDataType1ItemAttributes",
    "AbonementDataType1ItemRelationships",
    "AbonementIncludedItem",
    "AbonementStatus",
    "AbonementType",
    "AbonementTypeAvailabilityItem",
    "AbonementTypeBalanceContainer",
    "AbonementTypeBalanceContainerLinksItem",
    "AbonementTypeCategoryType0",
    "AbonementTypeField",
    "AbonementTypeFieldBalanceContainer",
    "Account",
    "Activity",
    "ActivityDurationDetails",
    "ActivityLabelsItem",
    "ActivityResourceInstancesItem",
    "ActivityService",
    "ActivityServiceCategory",
    "ActivityStaff",
    "ActivityStaffPosition",
    "ApplyCardWithdrawal",
    "ApplyCardWithdrawalItemsItem",
    "ApplyCardWithdrawalKkmTransactionDetailsContainer",
    "ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem",
    "ApplyCardWithdrawalLoyaltyTransactionsItem",
    "ApplyCardWithdrawalLoyaltyTransactionsItemType",
    "ApplyCardWithdrawalPaymentTransactionsItem",
    "ApplyDiscountProgram",
    "ApplyDiscountProgramItemsItem",
    "ApplyDiscountProgramKkmTransactionDetailsContainer",
    "ApplyDiscountProgramKkmTransactionDetailsContainerTransactionsItem",
    "ApplyDiscountProgramLoyaltyTransactionsItem",
    "ApplyDiscountProgramLoyaltyTransactionsItemType",
    "ApplyDiscountProgramPaymentTransactionsItem",
    "ApplyDiscountPromotionBody",
    "ApplyLoyaltyCardDeductionBody",
    "ApplyReferralProgram",
    "ApplyReferralProgramBody",
    "ApplyReferralProgramItemsItem",
    "ApplyReferralProgramKkmTransactionDetailsContainer",
    "ApplyReferralProgramKkmTransactionDetailsContainerTransactionsItem",
    "ApplyReferralProgramLoyaltyTransactionsItem",
    "ApplyReferralProgramLoyaltyTransactionsItemType",
    "ApplyReferralProgramPaymentTransactionsItem",
    "AssignServiceToTeamMemberBody",
    "AssignServiceToTeamMemberResponse",
    "Attendance",
    "AttendanceAttendance",
    "AttendanceRecordsType0",
    "AttendanceRecordsType0AdditionalProperty",
    "Auth",
    "AuthorizeUserBody",
    "AuthorizeUserResponse",
    "BookingForm",
    "BookingFormHeaderImagesType0",
    "BulkCreateClientsBody",
    "BulkCreateClientsBodyCategories",
    "Calculation",
    "CalculationCurrency",
    "CalculationTotalSum",
    "CancelCardWithdrawal",
    "CancelCardWithdrawalItemsItem",
    "CancelCardWithdrawalKkmTransactionDetailsContainer",
    "CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem",
    "CancelCardWithdrawalLoyaltyTransactionsItem",
    "CancelCardWithdrawalPaymentTransactionsItem",
    "CancelDiscountProgram",
    "CancelDiscountProgramItemsItem",
    "CancelDiscountProgramKkmTransactionDetailsContainer",
    "CancelDiscountProgramKkmTransactionDetailsContainerTransactionsItem",
    "CancelDiscountProgramLoyaltyTransactionsItem",
    "CancelDiscountProgramPaymentTransactionsItem",
    "CancelDiscountPromotionBody",
    "CancelLoyaltyCardWithdrawalBody",
    "Card",
    "CardProgramsItem",
    "CardProgramsItemLoyaltyType",
    "CardSalonGroup",
    "CardType",
    "CardTypeField",
    "CategoryNode",
    "CategoryNodeChildrenItem",
    "Certificate",
    "CertificateStatus",
    "CertificateType",
    "CertificateTypeField",
    "CertificateTypeFieldItemType",
    "CertificateTypeItemType",
    "ChainLoyaltyCertificateTypesCreateBody",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesCreateResponse",
    "ChainLoyaltyCertificateTypesDeleteResponse",
    "ChainLoyaltyCertificateTypesGetResponse",
    "ChainLoyaltyCertificateTypesListResponse",
    "ChainLoyaltyCertificateTypesUpdateBody",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesUpdateResponse",
    "ChainLoyaltyMembershipsFreezeBody",
    "ChainLoyaltyMembershipsFreezeResponse",
    "ChainLoyaltyMembershipsSetBalanceBody",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
    "ChainLoyaltyMembershipsSetBalanceResponse",
    "ChainLoyaltyMembershipsSetPeriodBody",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId",
    "ChainLoyaltyMembershipsSetPeriodResponse",
    "ChainLoyaltyMembershipsUnfreezeBody",
    "ChainLoyaltyMembershipsUnfreezeResponse",
    "ChainLoyaltyMembershipTypesArchiveBody",
    "ChainLoyaltyMembershipTypesCloneBody",
    "ChainLoyaltyMembershipTypesCloneResponse",
    "ChainLoyaltyMembershipTypesCreateBody",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories",
    "ChainLoyaltyMembershipTypesCreateBodyServices",
    "ChainLoyaltyMembershipTypesCreateResponse",
    "ChainLoyaltyMembershipTypesDeleteResponse",
    "ChainLoyaltyMembershipTypesListResponse",
    "ChainLoyaltyMembershipTypesReadResponse",
    "ChainLoyaltyMembershipTypesRestoreBody",
    "ChainLoyaltyMembershipTypesUpdateBody",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesUpdateResponse",
    "Client",
    "ClientCard",
    "ClientCardProgramsItem",
    "ClientCardProgramsItemLoyaltyType",
    "ClientCardSalonGroup",
    "ClientCardType",
    "ClientCategoriesItem",
    "ClientClientsItem",
    "ClientCustomFields",
    "ClientSalonGroup",
    "ClientSchedule",
    "ClientScheduleDaysItem",
    "ClientScheduleDaysItemEventsMaster",
    "Comment",
    "CommentFilesItem",
    "CommentTypeType0",
    "CommentUserType0",
    "Company",
    "CompanyAccess",
    "CompanyBookformsItem",
    "CompanyBookingWidgetPromoType0",
    "CompanyGroups",
    "CompanyGroupsAdditionalProperty",
    "CompanyMainGroupType0",
    "CompanyPaymentPolicy",
    "CompanyPaymentPolicyType",
    "CompanySocial",
    "CompanyUser",
    "CompanyUserAccess",
    "Consumable",
    "ConsumableConsumablesItem",
    "ConsumableTechnologicalCardsItem",
    "CopyUserPermissionsToLocationsBody",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem",
    "CopyUserPermissionsToLocationsResponse",
    "CopyUserPermissionsToLocationsResponseDataType0",
    "CreateAppointmentBody",
    "CreateAppointmentBodyClient",
    "CreateAppointmentBodyCustomFields",
    "CreateAppointmentBodyServicesItem",
    "CreateAppointmentResponse",
    "CreateBookingWidgetBody",
    "CreateBookingWidgetBodyButtonPosition",
    "CreateBookingWidgetBodyFormPosition",
    "CreateBookingWidgetResponse",
    "CreateChainLoyaltyCardTransactionBody",
    "CreateChainLoyaltyCardTransactionResponse",
    "CreateChainLoyaltyProgramBody",
    "CreateChainLoyaltyProgramBodyExpirationTimeoutUnit",
    "CreateChainLoyaltyProgramBodyGoodItemType",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType",
    "CreateChainLoyaltyProgramBodyParamsSourceType",
    "CreateChainLoyaltyProgramBodyRulesItem",
    "CreateChainLoyaltyProgramBodyServiceItemType",
    "CreateChainLoyaltyProgramBodyType",
    "CreateChainLoyaltyProgramBodyValueUnit",
    "CreateChainLoyaltyProgramInclude",
    "CreateClientAccountTopupOperationBody",
    "CreateClientAccountTopupOperationResponse",
    "CreateClientBody",
    "CreateClientBodyCategories",
    "CreateClientBodyCustomFields",
    "CreateClientCommentBody",
    "CreateClientCommentResponse",
    "CreateCustomFieldBody",
    "CreateCustomFieldResponse",
    "CreateDocumentBody",
    "CreateDocumentResponse",
    "CreateEventBody",
    "CreateEventDuplicationStrategyBody",
    "CreateEventDuplicationStrategyBodyDaysItem",
    "CreateEventResponse",
    "CreateFinancialTransactionBody",
    "CreateFinancialTransactionResponse",
    "CreateInventoryOperationBody",
    "CreateInventoryOperationBodyGoodsTransactionsItem",
    "CreateInventoryOperationResponse",
    "CreateLocationBody",
    "CreateLocationResponse",
    "CreateLoyaltyCardTransactionBody",
    "CreateLoyaltyCardTransactionResponse",
    "CreatePaymentWithLoyaltyMethodsBodyType0",
    "CreatePaymentWithLoyaltyMethodsBodyType0Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType1",
    "CreatePaymentWithLoyaltyMethodsBodyType1Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType2",
    "CreatePaymentWithLoyaltyMethodsBodyType2Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType3",
    "CreatePaymentWithLoyaltyMethodsBodyType3Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType4",
    "CreatePaymentWithLoyaltyMethodsBodyType4Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType5",
    "CreatePaymentWithLoyaltyMethodsBodyType5Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType6",
    "CreatePaymentWithLoyaltyMethodsBodyType6Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsResponse",
    "CreatePositionQuickBody",
    "CreatePositionQuickResponse",
    "CreateProductBody",
    "CreateProductCategoryBody",
    "CreateProductCategoryResponse",
    "CreateProductResponse",
    "CreateServiceBody",
    "CreateServiceBodyStaffItem",
    "CreateServiceCategoryBody",
    "CreateServiceCategoryResponse",
    "CreateServiceResponse",
    "CreateTagResponse",
    "CreateTeamMemberQuickBody",
    "CreateTeamMemberQuickResponse",
    "CreateTimetableClientScheduleBody",
    "CreateTimetableClientScheduleResponse",
    "CreateTimetableEventScheduleBody",
    "CreateTimetableEventScheduleBodyDaysItem",
    "CreateTimetableEventScheduleBodyOriginalEntityType",
    "CreateTimetableEventScheduleIncludeItem",
    "CreateTimetableEventScheduleResponse",
    "CreateTimetableScheduleDayBody",
    "CreateTimetableScheduleDayBodyDayOfWeek",
    "CreateTimetableScheduleDayIncludeItem",
    "CreateTimetableScheduleDayResponse",
    "CreateTransactionBody",
    "CreateTransactionResponse",
    "CreateUserInvitationBody",
    "CreateUserInvitationBodyInvitesItem",
    "CreateUserInvitationResponse",
    "CustomField",
    "CustomFieldCustomField",
    "CustomFieldCustomFieldType",
    "Daily",
    "DailyCurrency",
    "DailyPayrollDailyItem",
    "DailyPayrollDailyItemPayrollSum",
    "DailyPeriodCalculationDailyItem",
    "DailyPeriodCalculationDailyItemPeriodCalculation",
    "Day",
    "DayDayOfWeek",
    "DayEventsItem",
    "DayEventsItemEntityMaster",
    "DayEventsLabelsItem",
    "DayEventsMaster",
    "DayEventsMasterPositionType0",
    "DayEventsResourceInstancesItem",
    "DefaultForStaffAndService",
    "DefaultForStaffAndServiceTechnologicalCardItemsItem",
    "DeleteChainLoyaltyProgramInclude",
    "DeleteCustomFieldResponse",
    "DeleteImageBody",
    "DeleteLocationAccountPaymentResponse",
    "DeleteLoyaltyPaymentTransactionResponse",
    "DeleteTimetableClientScheduleResponse",
    "DeleteTimetableClientScheduleResponseDataType0",
    "DeleteTimetableEventScheduleResponse",
    "DeleteTimetableEventScheduleResponseDataType0",
    "DeleteTimetableScheduleDayResponse",
    "DeleteTimetableScheduleDayResponseDataType0",
    "DepositsOperation",
    "DepositsOperationDepositsTransactionsItem",
    "DepositsOperationDepositsTransactionsItemDeposit",
    "DepositsOperationDepositsTransactionsItemDepositType",
    "DepositsOperationDocument",
    "DepositsOperationDocumentSalon",
    "DepositsOperationDocumentType",
    "DepositsOperationDocumentUser",
    "DepositsOperationPaymentTransactionsItem",
    "DepositsOperationPaymentTransactionsItemType",
    "DeprecatedCreateTeamMemberBody",
    "DeprecatedCreateTeamMemberResponse",
    "DeprecatedGetClientListResponse",
    "DeprecatedGetLocationUsersResponse",
    "DeprecatedGetProductCategoryListResponse",
    "DeprecatedGetServiceCategoryListResponse",
    "DeprecatedGetServiceListByIdResponse",
    "DeprecatedUpdateServiceByIdBody",
    "DeprecatedUpdateServiceByIdBodyStaffItem",
    "DeprecatedUpdateServiceByIdResponse",
    "Detail",
    "DetailItemsItem",
    "DetailKkmTransactionDetailsContainer",
    "DetailKkmTransactionDetailsContainerTransactionsItem",
    "DetailLoyaltyTransactionsItem",
    "DetailLoyaltyTransactionsItemType",
    "DetailPaymentTransactionsItem",
    "DetailPaymentTransactionsItemAccount",
    "DetailPaymentTransactionsItemClient",
    "DetailPaymentTransactionsItemExpense",
    "DisableTeamMemberTipsResponse",
    "Document",
    "DocumentCompany",
    "DocumentCompanyPhonesItem",
    "DocumentStorage",
    "DocumentType",
    "DocumentUser",
    "DuplicateEventBody",
    "EnableTeamMemberTipsResponse",
    "ErrorMeta",
    "ErrorMetaErrors",
    "ErrorResponse",
    "Event",
    "EventEntityLabelsItem",
    "EventEntityMaster",
    "EventEntityMasterPositionType0",
    "EventEntityResourceInstancesItem",
    "EventEventEntityType",
    "EventEventStatus",
    "File",
    "Filter",
    "FilterCode",
    "FilterDataItem",
    "FinanceTransaction",
    "FinanceTransactionAccount",
    "FinanceTransactionClient",
    "FinanceTransactionExpense",
    "FinanceTransactionMasterType0",
    "FinanceTransactionMasterType1Item",
    "FinanceTransactionSupplierType0Item",
    "FinanceTransactionSupplierType1",
    "FullnessDaily",
    "GenerateCode",
    "GenerateLoyaltyCodeResponse",
    "GetAccountListResponse",
    "GetAppointmentCalendarSettingsResponse",
    "GetAppointmentConsumablesResponse",
    "GetAppointmentListResponse",
    "GetAppointmentResponse",
    "GetBillOfMaterialsListResponse",
    "GetBookingWidgetListResponse",
    "GetBookingWidgetResponse",
    "GetChainClientAccountHistoryResponse",
    "GetChainClientByPhoneNumberResponse",
    "GetChainListResponse",
    "GetChainLoyaltyProgramInclude",
    "GetChainLoyaltyTransactionListResponse",
    "GetChainLoyaltyTransactionListTypesItem",
    "GetChainServiceCategoryListInclude",
    "GetClientFileListResponse",
    "GetClientGiftCardsResponse",
    "GetClientListBody",
    "GetClientListBodyFieldsItem",
    "GetClientListBodyFiltersItem",
    "GetClientListBodyFiltersItemState",
    "GetClientListBodyOperation",
    "GetClientListBodyOrderBy",
    "GetClientListBodyOrderByDirection",
    "GetClientListResponse",
    "GetClientMembershipActivityHistoryResponse",
    "GetClientMembershipsResponse",
    "GetCommentsResponse",
    "GetCustomFieldListResponse",
    "GetDayEndReportDataResponse",
    "GetDocumentFinancialTransactionsResponse",
    "GetDocumentProductTransactionsResponse",
    "GetDocumentResponse",
    "GetEventDateRangeResponse",
    "GetEventResponse",
    "GetEventSearchFiltersResponse",
    "GetFinancialTransactionResponse",
    "GetFiscalTransactionListResponse",
    "GetGiftCardTypeListByIdResponse",
    "GetGiftCardTypeListResponse",
    "GetLocationAnalyticsOverallResponse",
    "GetLocationInventoriesResponse",
    "GetLocationListIncludeItem",
    "GetLocationListResponse",
    "GetLocationLoyaltyProgramListResponse",
    "GetLocationLoyaltyProgramListType",
    "GetLocationNotificationSettingsResponse",
    "GetLocationResponse",
    "GetLocationUsersResponse",
    "GetLoyaltyProgramClientStatisticsResponse",
    "GetLoyaltyProgramRevenueStatisticsResponse",
    "GetLoyaltyProgramTeamMemberStatisticsResponse",
    "GetMembershipTypeListByIdResponse",
    "GetMembershipTypeListResponse",
    "GetMessageStatusListBodyItem",
    "GetOnlineBookingSettingsResponse",
    "GetPermissionListResponse",
    "GetPositionListResponse",
    "GetProductCategoryCompositionResponse",
    "GetProductCategoryListByIdsResponse",
    "GetProductCategoryListResponse",
    "GetProductResponse",
    "GetProductsListResponse",
    "GetResourceListResponse",
    "GetSaleTransactionResponse",
    "GetServiceCategoryListResponse",
    "GetServiceCategoryResponse",
    "GetServiceListResponse",
    "GetServiceResponse",
    "GetTagListByEntityEntity",
    "GetTagListByEntityResponse",
    "GetTaxSystemListResponse",
    "GetTeamMemberByIdResponse",
    "GetTeamMemberCalculationSchemesCountResponse",
    "GetTeamMemberListResponse",
    "GetTeamMemberPayrollCalculationResponse",
    "GetTeamMemberPayrollCalculationResponseDataType0",
    "GetTeamMemberPayrollCalculationResponseDataType0Currency",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItem",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemPaidType0",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryCalculationInfo",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryDiscrepancyType0",
    "GetTeamMemberPayrollCalculationResponseDataType0Status",
    "GetTeamMemberResponse",
    "GetTeamMemberSalaryCalculationResponse",
    "GetTeamMemberSalaryPeriodResponse",
    "GetTeamMemberSalaryPeriodResponseDataType0",
    "GetTeamMemberSalaryPeriodResponseDataType0Currency",
    "GetTeamMemberSalarySchemesResponse",
    "GetTeamMemberScheduleListIncludeItem",
    "GetTeamMemberScheduleListResponse",
    "GetTeamMemberServiceBillOfMaterialsResponse",
    "GetTeamMemberTipSettingsResponse",
    "GetTimeslotSettingsResponse",
    "GetTransactionResponse",
    "GetTransactionsByVisitOrAppointmentIdResponse",
    "GetTransactionsResponse",
    "GetUserGiftCardsResponse",
    "GetUserMembershipsResponse",
    "GetUserNotificationSettingsResponse",
    "GetUserPermissionsResponse",
    "GetUserRolesIncludeItem",
    "GetUserRolesResponse",
    "GetVisitDetailsResponse",
    "GetVisitResponse",
    "Good",
    "GoodActualAmountsItem",
    "GoodsCategory",
    "GoodsTransaction",
    "GoodsTransactionClientType0Item",
    "GoodsTransactionClientType1",
    "GoodsTransactionGood",
    "GoodsTransactionGoodActualAmountsItem",
    "GoodsTransactionGoodLoyaltyCertificateTypeType0",
    "GoodsTransactionGoodsMarksItem",
    "GoodsTransactionMasterType0Item",
    "GoodsTransactionMasterType1",
    "GoodsTransactionSaleUnitType0",
    "GoodsTransactionServiceUnitType0",
    "GoodsTransactionStorage",
    "GoodsTransactionSupplierItem",
    "GoodsTransactionType",
    "GoodsTransactionUnit",
    "Group",
    "GroupAccess",
    "GroupCompaniesItem",
    "HandleFiscalizationCallbackBody",
    "History",
    "HistoryDepositTransaction",
    "HistoryDepositTransactionType",
    "HistoryLoyaltyEntityChangesType0",
    "HistoryOperationType",
    "Image",
    "ImageImageGroup",
    "ImageImageGroupImageGroup",
    "ImageImageGroupImages",
    "Income",
    "IncomeCurrency",
    "IncomeDaily",
    "IncomeIncomeStats",
    "IncomeIncomeStatsByDayItem",
    "IncomeIncomeStatsNew",
    "IncomeIncomeStatsOld",
    "IncomeIncomeStatsTotal",
    "IssueLoyaltyCardBody",
    "KkmTransaction",
    "KkmTransactionCashier",
    "KkmTransactionDocument",
    "KkmTransactionStatus",
    "KkmTransactionType",
    "Label",
    "LeaveCommentBody",
    "LeaveCommentResponse",
    "License",
    "LicenseLicenseOption",
    "LicenseOptionsItem",
    "ListClientCommentsResponse",
    "ListRolesIncludeItem",
    "ListRolesResponse",
    "ListTimetableScheduleDayEventsResponse",
    "LoyaltyCard",
    "LoyaltyCardProgramsItem",
    "LoyaltyCardProgramsItemLoyaltyType",
    "LoyaltyCardSalonGroup",
    "LoyaltyCardType",
    "LoyaltyTransaction",
    "LoyaltyTransactionKkmState",
    "LoyaltyTransactionKkmStateTransactionsItem",
    "LoyaltyTransactionPaymentMethodsItem",
    "LoyaltyTransactionPaymentMethodsItemAccount",
    "LoyaltyTransactionState",
    "LoyaltyTransactionStateItemsItem",
    "LoyaltyTransactionStateLoyaltyTransactionsItem",
    "LoyaltyTransactionStatePaymentTransactionsItem",
    "ManualTransaction",
    "MetaInfo",
    "Multiple",
    "NotificationType",
    "NotificationTypeChannels",
    "Online",
    "Operation",
    "OperationDocument",
    "OperationDocumentCompany",
    "OperationDocumentStorage",
    "OperationDocumentType",
    "OperationDocumentUser",
    "OperationTransactionsItem",
    "OperationTransactionsItemGood",
    "OperationTransactionsItemStorage",
    "OperationTransactionsItemType",
    "OperationTransactionsItemUnit",
    "Overall",
    "OverallClientStats",
    "OverallFullnessStats",
    "OverallIncomeAverageServicesStats",
    "OverallIncomeAverageServicesStatsCurrency",
    "OverallIncomeAverageStats",
    "OverallIncomeAverageStatsCurrency",
    "OverallIncomeGoodsStats",
    "OverallIncomeGoodsStatsCurrency",
    "OverallIncomeServicesStats",
    "OverallIncomeServicesStatsCurrency",
    "OverallIncomeTotalStats",
    "OverallIncomeTotalStatsCurrency",
    "OverallRecordStats",
    "PatchServiceBody",
    "PatchServiceBodyStaffItem",
    "PatchServiceResponse",
    "Payment",
    "PaymentKkmState",
    "PaymentKkmStateTransactionsItem",
    "PaymentPaymentMethodsItem",
    "PaymentPaymentMethodsItemAccount",
    "PaymentState",
    "PaymentStateItemsItem",
    "PaymentStateLoyaltyTransactionsItem",
    "PaymentStatePaymentTransactionsItem",
    "PaymentTransaction",
    "PaymentTransactionKkmState",
    "PaymentTransactionKkmStateTransactionsItem",
    "PaymentTransactionPaymentMethodsItem",
    "PaymentTransactionPaymentMethodsItemAccount",
    "PaymentTransactionState",
    "PaymentTransactionStateItemsItem",
    "PaymentTransactionStateLoyaltyTransactionsItem",
    "PaymentTransactionStatePaymentTransactionsItem",
    "Permission",
    "PermissionClients",
    "PermissionComers",
    "PermissionDashboard",
    "PermissionFinances",
    "PermissionLoyalty",
    "PermissionNotification",
    "PermissionOnlineRecord",
    "PermissionOther",
    "PermissionRecordForm",
    "PermissionReports",
    "PermissionSecurity",
    "PermissionSettings",
    "PermissionStorages",
    "PermissionTimetable",
    "PermissionUserPermissionsItem",
    "PermissionUserRole",
    "Position",
    "PrintDocumentBill",
    "PrintDocumentBillBillJsonItem",
    "PrintDocumentBillKkmTransactionsItem",
    "PrintDocumentBillKkmTransactionsItemCashier",
    "PrintDocumentBillKkmTransactionsItemDocument",
    "PrintDocumentBillKkmTransactionsItemStatus",
    "PrintDocumentBillKkmTransactionsItemType",
    "PrintFiscalReceiptBody",
    "PrintFiscalReceiptResponse",
    "Program",
    "ProgramApplicableItemsItem",
    "ProgramCompaniesItem",
    "ProgramExpirationTimeoutUnit",
    "ProgramGoodItemType",
    "ProgramLoyaltyCardTypesItem",
    "ProgramMessageType",
    "ProgramOnChangedNotificationTemplate",
    "ProgramOnChangedNotificationTemplateMessageType",
    "ProgramOnChangedNotificationTemplateType",
    "ProgramOnExpirationNotificationTemplate",
    "ProgramOnExpirationNotificationTemplateMessageType",
    "ProgramOnExpirationNotificationTemplateType",
    "ProgramParamsSourceType",
    "ProgramRulesItem",
    "ProgramServiceItemType",
    "ProgramType",
    "ProgramValueUnit",
    "Quick",
    "QuickPositionType0",
    "QuickServicesBindingType",
    "Record",
    "RecordClientType0",
    "RecordComerPersonInfoType0",
    "RecordConsumable",
    "RecordConsumableConsumablesItem",
    "RecordConsumableTechnologicalCardsItem",
    "RecordCustomFieldsType0",
    "RecordDocumentsItem",
    "RecordsDaily",
    "RecordServicesItem",
    "RecordSource",
    "RecordStaff",
    "RecordStatus",
    "RemoveServiceFromTeamMemberResponse",
    "RemoveServiceFromTeamMemberResponseDataType0",
    "RemoveUserFromLocationsBody",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem",
    "RemoveUserFromLocationsResponse",
    "RemoveUserFromLocationsResponseDataType0",
    "Resource",
    "ResourceInstancesItem",
    "Role",
    "RoleSlug",
    "RoleUserPermissionsType0Item",
    "SalaryScheme",
    "SalarySchemeSalaryScheme",
    "SalarySchemesCount",
    "Sale",
    "SaleKkmState",
    "SaleKkmStateTransactionsItem",
    "SalePaymentMethodsItem",
    "SalePaymentMethodsItemAccount",
    "SaleState",
    "SaleStateItemsItem",
    "SaleStateLoyaltyTransactionsItem",
    "SaleStatePaymentTransactionsItem",
    "Salon",
    "SalonSalonGroup",
    "Schedule",
    "ScheduleBusyIntervalsItem",
    "ScheduleDaysItem",
    "ScheduleDaysItemEventsMaster",
    "ScheduleOriginalEntityType",
    "ScheduleSlotsItem",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem",
    "Seance",
    "SearchClientVisitsBody",
    "SearchClientVisitsBodyAttendanceType0",
    "SearchClientVisitsBodyPaymentStatusesItem",
    "SearchClientVisitsResponse",
    "SearchDatesRange",
    "SearchEventServicesResponse",
    "SearchEventsResponse",
    "SearchForProductTransactionsResponse",
    "SearchProductResponse",
    "SearchTeamMemberCalculationDailySalaryResponse",
    "SearchTeamMemberCalculationSalaryResponse",
    "SearchTeamMemberPayrollCalculationResponse",
    "SearchTeamMemberPeriodDailySalaryResponse",
    "SearchTeamMemberPeriodSalaryResponse",
    "SearchTimetableEventSchedulesByEventEntityType",
    "SearchTimetableEventSchedulesByEventIncludeItem",
    "SearchTimetableEventSchedulesByEventResponse",
    "SendEmailCampaignToFilteredClientsBody",
    "SendEmailCampaignToFilteredClientsResponse",
    "SendEmailNewsletterToClientsBody",
    "SendEmailNewsletterToClientsResponse",
    "SendSmsCampaignToFilteredClientsBody",
    "SendSmsCampaignToFilteredClientsResponse",
    "SendSmsToClientsBody",
    "SendSmsToClientsResponse",
    "Service",
    "ServiceCategory",
    "ServiceCategoryField",
    "ServiceCategoryServicesItem",
    "ServiceDatesItem",
    "ServiceImageGroupItem",
    "ServiceResourcesItem",
    "ServiceStaffItem",
    "SetBalance",
    "SetBalanceBalanceContainer",
    "SetPeriod",
    "SetTeamMemberScheduleBody",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem",
    "SetTeamMemberScheduleBodySchedulesToSetItem",
    "SetTeamMemberScheduleResponse",
    "Setting",
    "SettingStaff",
    "SettingStaffEmployee",
    "SettingStaffPosition",
    "SettingStaffUser",
    "Staff",
    "StaffClientStats",
    "StaffCurrency",
    "StaffImageGroupType0",
    "StaffImageGroupType0Images",
    "StaffImageGroupType1Item",
    "StaffPositionType0",
    "StaffStaff",
    "StaffTotalSum",
    "StaffUserItem",
    "Storage",
    "TaxSystem",
    "TaxSystemVatsItem",
    "TechnologicalCard",
    "TechnologicalCardConsumablesItem",
    "TechnologicalCardTechnologicalCardItemsItem",
    "TechnologicalCardTechnologicalCardsItem",
    "Timeslot",
    "TimeslotDatesSettingsItem",
    "TimeslotDatesSettingsItemSetting",
    "TimeslotWeekdaysSettingsItem",
    "TimeslotWeekdaysSettingsItemSetting",
    "Timetable",
    "Transaction",
    "TransactionAccount",
    "TransactionClient",
    "TransactionClients",
    "TransactionExpense",
    "TransactionGood",
    "TransactionMaster",
    "TransactionProgram",
    "TransactionService",
    "TransactionStorage",
    "TransactionSupplier",
    "TransactionTypeType0",
    "TransactionUnit",
    "UnlinkAppointmentServiceAssociationBody",
    "UnlinkAppointmentServiceAssociationResponse",
    "UpdateAppointmentAttendanceBody",
    "UpdateAppointmentAttendanceBodyAttendance",
    "UpdateAppointmentAttendanceResponse",
    "UpdateAppointmentBody",
    "UpdateAppointmentBodyClient",
    "UpdateAppointmentBodyCustomFields",
    "UpdateAppointmentBodyServicesItem",
    "UpdateAppointmentCalendarSettingsBody",
    "UpdateAppointmentCalendarSettingsResponse",
    "UpdateAppointmentResponse",
    "UpdateAppointmentServiceConsumablesBody",
    "UpdateAppointmentServiceConsumablesBodyConsumablesItem",
    "UpdateAppointmentServiceConsumablesResponse",
    "UpdateBookingWidgetBody",
    "UpdateBookingWidgetBodyButtonPosition",
    "UpdateBookingWidgetBodyFormPosition",
    "UpdateBookingWidgetResponse",
    "UpdateChainLoyaltyProgramBody",
    "UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType",
    "UpdateChainLoyaltyProgramBodyRulesItem",
    "UpdateChainLoyaltyProgramInclude",
    "UpdateClientBody",
    "UpdateClientBodyCustomFields",
    "UpdateClientBodyLabels",
    "UpdateCustomFieldBody",
    "UpdateCustomFieldResponse",
    "UpdateDocumentBody",
    "UpdateDocumentResponse",
    "UpdateEventBody",
    "UpdateEventDuplicationStrategyBody",
    "UpdateEventDuplicationStrategyBodyDaysItem",
    "UpdateEventResponse",
    "UpdateFinancialTransactionBody",
    "UpdateFinancialTransactionResponse",
    "UpdateLocationBody",
    "UpdateLocationBodySocial",
    "UpdateLocationResponse",
    "UpdateOnlineBookingSettingsBody",
    "UpdateOnlineBookingSettingsResponse",
    "UpdateProductBody",
    "UpdateProductBodyCorrectionRulesItem",
    "UpdateProductCategoryBody",
    "UpdateProductCategoryResponse",
    "UpdateProductResponse",
    "UpdateServiceCategoryBody",
    "UpdateServiceCategoryResponse",
    "UpdateServiceLinksBody",
    "UpdateServiceLinksBodyTeamMemberSettingsItem",
    "UpdateServiceLinksBodyTranslationsItem",
    "UpdateServiceLinksResponse",
    "UpdateServiceLinksResponseDataType0",
    "UpdateServiceTeamMemberAssignmentBody",
    "UpdateServiceTeamMemberAssignmentResponse",
    "UpdateTagByTagIdBody",
    "UpdateTeamMemberBody",
    "UpdateTeamMemberResponse",
    "UpdateTeamMemberScheduleBody",
    "UpdateTeamMemberScheduleBodySlots",
    "UpdateTimetableClientScheduleBody",
    "UpdateTimetableClientScheduleResponse",
    "UpdateTimetableEventScheduleBody",
    "UpdateTimetableEventScheduleResponse",
    "UpdateTimetableScheduleDayBody",
    "UpdateTimetableScheduleDayIncludeItem",
    "UpdateTimetableScheduleDayResponse",
    "UpdateTransactionBody",
    "UpdateTransactionResponse",
    "UpdateUserNotificationSettingsBody",
    "UpdateUserNotificationSettingsBodyNotificationTypesItem",
    "UpdateUserNotificationSettingsBodyNotificationTypesItemChannels",
    "UpdateUserNotificationSettingsResponse",
    "UpdateUserPermissionsBody",
    "UpdateUserPermissionsBodyUserPermissionsItem",
    "UpdateUserPermissionsBodyUserRole",
    "UpdateUserPermissionsResponse",
    "UpdateVisitBody",
    "UpdateVisitBodyDeletedTransactionIdsItem",
    "UpdateVisitBodyGoodsTransactionsItem",
    "UpdateVisitBodyNewTransactionsItem",
    "UpdateVisitBodyServicesItem",
    "UploadClientFileBody",
    "UploadClientFileResponse",
    "UploadImageBody",
    "User",
    "UserMode",
    "UserNotificationTypesItem",
    "UserNotificationTypesItemChannels",
    "Visit",
    "VisitClientStats",
    "VisitClientStatsNew",
    "VisitClientStatsOld",
    "VisitClientStatsTotal",
    "VisitGoodsTransactionsItem",
    "VisitGoodsTransactionsItemCompany",
    "VisitGoodsTransactionsItemStaff",
    "VisitRecordsItem",
    "VisitRecordsItemClient",
    "VisitRecordsItemComer",
    "VisitRecordsItemCompany",
    "VisitRecordsItemStaff",
    "VisitRecordsItemTips",
    "VisitVisitsStatsByDayItem",
    "ZReport",
    "ZReportPaids",
    "ZReportPaidsAccountsItem",
    "ZReportPaidsDiscountItem",
    "ZReportPaidsTotal",
    "ZReportStats",
    "ZReportZData",
    "ZReportZData1481101200Item",
)
